// `npm start`: build, then run Electron if it is installed, else serve the built renderer on
// 127.0.0.1 and open it in an installed Chromium-family browser's app window.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary } from './electron-binary.mjs';
import { browserArgs, browserProfileDir, findBrowser } from './find-browser.mjs';
import { MARKER_HEADER, startStaticServer } from './static-server.mjs';

/** IndexedDB belongs to an origin, port included: a fixed port finds the projects again. */
export const DEFAULT_PORT = 4817;

export const NO_ELECTRON_MESSAGE =
  "Electron's binary is not installed here (offline mirror or locked-down machine), so Mazmun opens in your browser instead.";

/**
 * @typedef {object} StartOptions
 * @property {string} root the project folder
 * @property {boolean} open open a browser window (false with --no-open or MAZMUN_NO_BROWSER=1)
 * @property {number} [port]
 * @property {string | null} [electronPath] undefined: look for it
 * @property {string | null} [browserPath] undefined: look for it
 * @property {(line: string) => void} [log]
 * @property {typeof spawn} [spawnProcess]
 */

/**
 * @param {number} port
 * @returns {Promise<boolean>} whether a Mazmun static server already answers there
 */
async function isMazmunServer(port) {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/`, { method: 'HEAD' });
    return res.headers.get(MARKER_HEADER) === '1';
  } catch {
    return false;
  }
}

/**
 * @param {string} root
 * @param {number} port
 * @param {(line: string) => void} log
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
async function serve(root, port, log) {
  const dir = join(root, 'dist', 'renderer');
  try {
    return await startStaticServer({ root: dir, port });
  } catch (error) {
    const code = /** @type {{ code?: string }} */ (error).code;
    if (code !== 'EADDRINUSE') throw error;
    if (await isMazmunServer(port)) {
      return { url: `http://127.0.0.1:${port}/`, close: async () => undefined };
    }
    log(
      `Port ${port} is taken, so Mazmun uses another one; projects saved at the usual address will not show there.`,
    );
    return startStaticServer({ root: dir, port: 0 });
  }
}

/**
 * Runs the app (built files must exist). Resolves when it is up: with Electron, `close` waits
 * for nothing; in the browser, `close` stops the server.
 * @param {StartOptions} o
 * @returns {Promise<{ mode: 'electron' | 'browser', url: string | null, close: () => Promise<void> }>}
 */
export async function runApp(o) {
  const log = o.log ?? ((line) => console.log(line));
  const run = o.spawnProcess ?? spawn;
  if (!existsSync(join(o.root, 'dist', 'renderer', 'index.html'))) {
    throw new Error('dist/renderer/index.html is missing; the renderer build did not produce it');
  }
  const electron = o.electronPath === undefined ? findElectronBinary() : o.electronPath;
  if (electron) {
    const child = run(electron, [o.root], { stdio: 'inherit' });
    child.on('exit', (code) => {
      process.exitCode = code ?? 0;
    });
    return { mode: 'electron', url: null, close: async () => undefined };
  }

  log(NO_ELECTRON_MESSAGE);
  const server = await serve(o.root, o.port ?? DEFAULT_PORT, log);
  const browser = o.open ? (o.browserPath === undefined ? findBrowser() : o.browserPath) : null;
  if (browser) {
    const profile = browserProfileDir(process.platform, process.env, homedir());
    const child = run(browser, browserArgs(server.url, profile), {
      stdio: 'ignore',
      detached: true,
    });
    child.on('error', () =>
      log(`Open ${server.url} in your browser (the browser would not start).`),
    );
    child.unref();
    log(`Mazmun is running at ${server.url} (press Ctrl+C to stop).`);
  } else {
    log(`Open ${server.url} in your browser (press Ctrl+C to stop).`);
  }
  return { mode: 'browser', url: server.url, close: server.close };
}
