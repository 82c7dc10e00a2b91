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
 * @property {number} [settleMs] how long the browser must stay up to count as started
 */

/** A browser that exits within this time did not show the app (a bad binary, no display). */
export const BROWSER_SETTLE_MS = 1500;

/**
 * Resolves null if the child is still running after `ms`, else how it ended.
 * @param {import('node:child_process').ChildProcess} child
 * @param {number} ms
 * @returns {Promise<string | null>}
 */
function endedWithin(child, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      child.off('error', onError);
      resolve(null);
    }, ms);
    /** @param {number | null} code @param {NodeJS.Signals | null} signal */
    const onExit = (code, signal) => {
      clearTimeout(timer);
      resolve(signal ? `was killed by ${signal}` : `exited at once (code ${code ?? 0})`);
    };
    /** @param {Error & { code?: string }} error */
    const onError = (error) => {
      clearTimeout(timer);
      resolve(`could not be started (${error.code ?? error.message})`);
    };
    child.once('exit', onExit);
    child.once('error', onError);
  });
}

/**
 * Stops a child we started, and its own children: the browser runs detached, in a process group
 * of its own (its renderer and GPU processes too), so the group is signalled. Resolves once the
 * child has exited (so node reaps it rather than leaving that to init), or after 2 s.
 * @param {import('node:child_process').ChildProcess | null} child
 * @param {boolean} group
 * @returns {Promise<void>}
 */
function stopChild(child, group) {
  if (!child || child.exitCode !== null || child.signalCode !== null || !child.pid) {
    return Promise.resolve();
  }
  const exited = new Promise((resolve) => {
    const timer = setTimeout(resolve, 2000);
    timer.unref();
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(undefined);
    });
  });
  try {
    if (group && process.platform !== 'win32') process.kill(-child.pid, 'SIGTERM');
    else child.kill('SIGTERM');
  } catch {
    return Promise.resolve(); // already gone
  }
  return exited.then(() => undefined);
}

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
 * Runs the app (built files must exist). Resolves when it is up; `close` stops what was started:
 * Electron, or the server and the browser window.
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
    return { mode: 'electron', url: null, close: () => stopChild(child, false) };
  }

  log(NO_ELECTRON_MESSAGE);
  const server = await serve(o.root, o.port ?? DEFAULT_PORT, log);
  const browser = o.open ? (o.browserPath === undefined ? findBrowser() : o.browserPath) : null;
  /** @type {import('node:child_process').ChildProcess | null} */
  let browserChild = null;
  if (browser) {
    const profile = browserProfileDir(process.platform, process.env, homedir());
    const child = run(browser, browserArgs(server.url, profile), {
      stdio: 'ignore',
      detached: true,
    });
    // "Running" only once the browser has stayed up a moment: one that exits at once (a broken
    // binary, no display) showed nothing.
    const ended = await endedWithin(child, o.settleMs ?? BROWSER_SETTLE_MS);
    if (ended) {
      // Code 0 is also what Chromium does when it hands the page to a window already open on
      // the same profile (a second `npm start`): say both.
      const what = ended.endsWith('(code 0)')
        ? `if it handed the page to a Mazmun window already open, the app is there; otherwise open ${server.url} in your browser`
        : `no Mazmun window opened; open ${server.url} in your browser`;
      log(`The browser (${browser}) ${ended}: ${what} (press Ctrl+C to stop).`);
    } else {
      browserChild = child;
      child.unref();
      log(`Mazmun is running at ${server.url} (press Ctrl+C to stop).`);
    }
  } else {
    log(`Open ${server.url} in your browser (press Ctrl+C to stop).`);
  }
  return {
    mode: 'browser',
    url: server.url,
    close: async () => {
      await Promise.all([stopChild(browserChild, true), server.close()]);
    },
  };
}
