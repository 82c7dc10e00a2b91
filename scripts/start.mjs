// `npm start` (see scripts/lib/start-app.mjs). Flags: --no-open; env MAZMUN_NO_BROWSER=1,
// MAZMUN_PORT, MAZMUN_BROWSER (a browser binary to use). Errors are one sentence, never a stack.
import { join } from 'node:path';
import { ROOT, buildElectron } from './lib/build-electron.mjs';
import { DEFAULT_PORT, runApp } from './lib/start-app.mjs';

/** @param {unknown} error */
function sentence(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]?.replace(/\.$/, '') ?? 'unknown error';
}

try {
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error' });
  await buildElectron();
  const port = Number(process.env.MAZMUN_PORT) || DEFAULT_PORT;
  const open = !process.argv.includes('--no-open') && process.env.MAZMUN_NO_BROWSER !== '1';
  const app = await runApp({ root: ROOT, open, port });
  if (app.mode === 'browser') {
    const stop = () => void app.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
} catch (error) {
  console.error(`Mazmun could not start: ${sentence(error)}.`);
  process.exitCode = 1;
}
