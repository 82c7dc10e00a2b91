// `npm run build:electron`: dist-electron/main.cjs and dist-electron/preload.cjs.
import { buildElectron } from './lib/build-electron.mjs';
import { esbuildFailure } from './lib/esbuild-error.mjs';

try {
  const out = await buildElectron();
  console.log(`Built ${out.main} and ${out.preload}.`);
} catch (error) {
  console.error(`Could not build the Electron files: ${esbuildFailure(error)}.`);
  process.exitCode = 1;
}
