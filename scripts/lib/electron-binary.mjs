// Whether an Electron binary is installed. The `electron` package's main export is the path to
// the binary, and it THROWS when the download never happened (offline mirror, allowScripts).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * @param {{ resolveElectron?: () => unknown, exists?: (path: string) => boolean }} [options]
 * @returns {string | null} the binary's path, or null
 */
export function findElectronBinary(options = {}) {
  const resolveElectron =
    options.resolveElectron ?? (() => createRequire(import.meta.url)('electron'));
  const exists = options.exists ?? existsSync;
  try {
    const path = resolveElectron();
    return typeof path === 'string' && path !== '' && exists(path) ? path : null;
  } catch {
    return null;
  }
}
