import { describe, expect, it } from 'vitest';
import { findElectronBinary } from './electron-binary.mjs';

describe('findElectronBinary', () => {
  it('is null when the electron package throws (no binary downloaded)', () => {
    const resolveElectron = () => {
      throw new Error('Electron failed to install correctly');
    };
    expect(findElectronBinary({ resolveElectron })).toBeNull();
  });
  it('is null when the path it names does not exist', () => {
    expect(
      findElectronBinary({ resolveElectron: () => '/nowhere/electron', exists: () => false }),
    ).toBeNull();
  });
  it('is the path when the binary exists', () => {
    expect(findElectronBinary({ resolveElectron: () => '/opt/electron', exists: () => true })).toBe(
      '/opt/electron',
    );
  });
  it('agrees with this machine', () => {
    // No binary can be downloaded here (DEVELOPERS.md); where one exists it must be a real file.
    const found = findElectronBinary();
    expect(found === null || typeof found === 'string').toBe(true);
  });
});
