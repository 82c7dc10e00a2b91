// Bundles the `mazmun` command into plain JavaScript in dist-cli/, so a call starts in node
// instead of compiling TypeScript through tsx each time. Built by `npm run build` and at install
// (`prepare`). Packages stay external (node loads them from node_modules), and the code that
// loads only on demand (export, validate, archives) goes into chunks of its own.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The file bin/mazmun.mjs reads to decide whether the bundle still matches the sources. */
export const MANIFEST = 'inputs.json';

/**
 * Packages whose entry point is a JSON file (stopwords-iso) cannot stay external: Node 20's ESM
 * loader refuses a JSON import without `with { type: 'json' }`, which esbuild does not write. They
 * are bundled instead, and esbuild keeps only the top-level keys imported (the `fa` list).
 * @param {string} root
 * @returns {import('esbuild').Plugin}
 */
function bundleJsonPackages(root) {
  return {
    name: 'bundle-json-packages',
    setup(b) {
      b.onResolve({ filter: /^stopwords-iso$/ }, () => ({
        path: join(root, 'node_modules/stopwords-iso/stopwords-iso.json'),
      }));
    },
  };
}

/**
 * @param {{ root?: string, outDir?: string }} [options]
 * @returns {Promise<{ entry: string, inputs: string[] }>} the entry file and the sources bundled
 */
export async function buildCli(options = {}) {
  const root = options.root ?? ROOT;
  const outDir = options.outDir ?? join(root, 'dist-cli');
  const builtAt = Date.now();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    entryPoints: { main: join(root, 'cli/main.ts') },
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    // package.json engines: the oldest Node the command must run on.
    target: 'node20',
    packages: 'external',
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: root,
    plugins: [bundleJsonPackages(root)],
  });
  // Paths relative to the repository, '/'-separated: bin/ checks their times against builtAt.
  const inputs = Object.keys(result.metafile.inputs)
    .map((p) => relative(root, join(root, p)).split(sep).join('/'))
    .sort();
  writeFileSync(join(outDir, MANIFEST), `${JSON.stringify({ builtAt, inputs }, null, 1)}\n`);
  return { entry: join(outDir, 'main.mjs'), inputs };
}
