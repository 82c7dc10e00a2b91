// Finds an installed Chromium-family browser to show Mazmun in an app window (`--app=URL`)
// when there is no Electron binary.
import { accessSync, constants } from 'node:fs';
import { join, win32 } from 'node:path';

export const LINUX_NAMES = Object.freeze([
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'microsoft-edge',
  'brave-browser',
]);

/**
 * Absolute paths to try, in order: $MAZMUN_BROWSER, then names on PATH, then the usual places.
 * @param {NodeJS.Platform} platform
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
export function browserCandidates(platform, env) {
  /** @type {string[]} */
  const out = [];
  if (env.MAZMUN_BROWSER) out.push(env.MAZMUN_BROWSER);
  // The target platform's PATH separator, not the host's (tests ask about other systems).
  const delimiter = platform === 'win32' ? ';' : ':';
  const dirs = (env.PATH ?? env.Path ?? '').split(delimiter).filter(Boolean);
  if (platform === 'darwin') {
    for (const app of ['Google Chrome', 'Chromium', 'Microsoft Edge', 'Brave Browser']) {
      out.push(`/Applications/${app}.app/Contents/MacOS/${app}`);
      if (env.HOME) out.push(`${env.HOME}/Applications/${app}.app/Contents/MacOS/${app}`);
    }
  } else if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(Boolean);
    for (const root of /** @type {string[]} */ (roots)) {
      out.push(win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'));
      out.push(win32.join(root, 'Chromium', 'Application', 'chrome.exe'));
      out.push(win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'));
    }
    for (const dir of dirs)
      for (const n of ['chrome.exe', 'msedge.exe']) out.push(win32.join(dir, n));
  } else {
    for (const dir of dirs) for (const n of LINUX_NAMES) out.push(join(dir, n));
    out.push('/snap/bin/chromium');
  }
  return out;
}

/** @param {string} path @returns {boolean} */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * @param {{ platform?: NodeJS.Platform, env?: Record<string, string | undefined>, canRun?: (path: string) => boolean }} [options]
 * @returns {string | null}
 */
export function findBrowser(options = {}) {
  const platform = options.platform ?? process.platform;
  const canRun = options.canRun ?? isExecutable;
  return browserCandidates(platform, options.env ?? process.env).find((p) => canRun(p)) ?? null;
}

/**
 * A profile of Mazmun's own: the user's extensions cannot read the page, and the projects
 * (IndexedDB, kept per profile and per address) are found again next time.
 * @param {NodeJS.Platform} platform
 * @param {Record<string, string | undefined>} env
 * @param {string} home
 * @returns {string}
 */
export function browserProfileDir(platform, env, home) {
  if (platform === 'win32') {
    return win32.join(
      env.APPDATA ?? win32.join(home, 'AppData', 'Roaming'),
      'Mazmun',
      'browser-profile',
    );
  }
  if (platform === 'darwin')
    return join(home, 'Library', 'Application Support', 'Mazmun', 'browser-profile');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'mazmun', 'browser-profile');
}

/**
 * @param {string} url
 * @param {string} profileDir
 * @returns {string[]}
 */
export function browserArgs(url, profileDir) {
  return [
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
  ];
}
