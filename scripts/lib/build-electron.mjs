// Bundles the main process and the preload into CommonJS files in dist-electron/. The preload
// must be ONE file: with `sandbox: true` it can require nothing but 'electron'.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * @param {{ root?: string, outDir?: string, minify?: boolean }} [options]
 * @returns {Promise<{ main: string, preload: string }>} the written files
 */
export async function buildElectron(options = {}) {
  const root = options.root ?? ROOT;
  const outDir = options.outDir ?? join(root, 'dist-electron');
  const main = join(outDir, 'main.cjs');
  const preload = join(outDir, 'preload.cjs');
  /** @type {import('esbuild').BuildOptions} */
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // Electron 41 runs a Node no older than 22; the bundle needs nothing newer.
    target: 'node22',
    external: ['electron'],
    sourcemap: true,
    minify: options.minify ?? false,
    logLevel: 'silent',
    absWorkingDir: root,
  };
  await build({ ...common, entryPoints: [join(root, 'electron/main.ts')], outfile: main });
  await build({ ...common, entryPoints: [join(root, 'electron/preload.ts')], outfile: preload });
  return { main, preload };
}
