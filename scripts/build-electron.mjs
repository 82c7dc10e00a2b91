// `npm run build:electron`: dist-electron/main.cjs and dist-electron/preload.cjs.
import { buildElectron } from './lib/build-electron.mjs';

try {
  const out = await buildElectron();
  console.log(`Built ${out.main} and ${out.preload}.`);
} catch (error) {
  // esbuild's errors carry file:line; print those, not a stack.
  const errors =
    /** @type {{ errors?: { text: string, location?: { file: string, line: number } }[] }} */ (
      error
    ).errors;
  const first = errors?.[0];
  const where = first?.location ? ` (${first.location.file}:${first.location.line})` : '';
  console.error(`Could not build the Electron files: ${first?.text ?? String(error)}${where}.`);
  process.exitCode = 1;
}
