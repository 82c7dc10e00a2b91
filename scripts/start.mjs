// `npm start` (see scripts/lib/start-app.mjs). Flags: --no-open, --no-build (run what is already
// built); env MAZMUN_NO_BROWSER=1, MAZMUN_PORT (0: any free port), MAZMUN_BROWSER (a browser
// binary to use), MAZMUN_NO_ELECTRON=1 (the browser even where Electron is installed). For tests:
// MAZMUN_START_ROOT, the folder whose dist/ is served. Errors are one sentence, never a stack.
import { join } from 'node:path';
import { ROOT, buildElectron } from './lib/build-electron.mjs';
import { DEFAULT_PORT, runApp } from './lib/start-app.mjs';
import { watchLauncher } from './lib/watch-launcher.mjs';

/** @param {unknown} error */
function sentence(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]?.replace(/\.$/, '') ?? 'unknown error';
}

/** @param {string | undefined} value @returns {number} */
function portFrom(value) {
  const port = Number(value);
  return value && Number.isInteger(port) && port >= 0 && port < 65536 ? port : DEFAULT_PORT;
}

const SIGNALS = /** @type {const} */ ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 });

// Whatever way the session ends — Ctrl+C, a signal to npm or to us, the terminal closing, npm
// gone — the server and the window (or Electron) go with it: nothing is left listening. Set up
// first thing: a signal that came between the start of the app and these handlers would kill
// node at once and leave the browser open, and a parent that died meanwhile would go unnoticed.
/** @type {Promise<{ close: () => Promise<void> }> | null} */
let starting = null;
let stopping = false;
/** @param {number} code */
function stop(code) {
  if (stopping) return;
  stopping = true;
  stopWatching();
  if (!starting) process.exit(code); // still building: nothing runs yet
  // A server that does not close within 3 s still ends with the process.
  setTimeout(() => process.exit(code), 3000).unref();
  void starting
    .then((app) => app.close())
    .catch(() => undefined)
    .finally(() => process.exit(code));
}
for (const [signal, number] of Object.entries(SIGNALS)) {
  process.on(signal, () => stop(128 + number));
}
const stopWatching = watchLauncher({ onGone: () => stop(0) });

try {
  const root = process.env.MAZMUN_START_ROOT || ROOT;
  if (!process.argv.includes('--no-build')) {
    const { build } = await import('vite');
    await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error' });
    await buildElectron();
  }
  const open = !process.argv.includes('--no-open') && process.env.MAZMUN_NO_BROWSER !== '1';
  starting = runApp({
    root,
    open,
    port: portFrom(process.env.MAZMUN_PORT),
    ...(process.env.MAZMUN_NO_ELECTRON === '1' ? { electronPath: null } : {}),
  });
  await starting;
} catch (error) {
  console.error(`Mazmun could not start: ${sentence(error)}.`);
  process.exitCode = 1;
  stopWatching();
}
