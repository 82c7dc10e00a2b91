// Which code `mazmun` runs: the bundle in dist-cli/ when it was built from the sources as they
// are now, otherwise the TypeScript sources through tsx (a fresh checkout, `npm ci
// --ignore-scripts`, or a source edited since the last `npm run build:cli`). A stale bundle
// would silently run old code, so each source the bundle was built from is checked: ~65 stat
// calls, about a millisecond.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The bundle's entry file if every source it was built from is unchanged since, else null.
 * @param {string} root the repository
 * @param {string} [outDir] where the bundle is (default root/dist-cli)
 * @returns {string | null}
 */
export function freshBundle(root, outDir = join(root, 'dist-cli')) {
  try {
    const manifest = JSON.parse(readFileSync(join(outDir, 'inputs.json'), 'utf8'));
    const { builtAt, inputs } = manifest;
    if (typeof builtAt !== 'number' || !Array.isArray(inputs) || inputs.length === 0) return null;
    for (const input of inputs) {
      if (statSync(join(root, input)).mtimeMs > builtAt) return null;
    }
    const entry = join(outDir, 'main.mjs');
    return statSync(entry).isFile() ? entry : null;
  } catch {
    return null; // no bundle, a source gone: the sources decide
  }
}
