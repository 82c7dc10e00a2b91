// Types for electron-binary.mjs.
export function findElectronBinary(options?: {
  resolveElectron?: () => unknown;
  exists?: (path: string) => boolean;
}): string | null;
