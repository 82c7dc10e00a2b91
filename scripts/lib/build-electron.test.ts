import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildElectron } from './build-electron.mjs';

const outDir = mkdtempSync(join(tmpdir(), 'mazmun-build-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function requires(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  return [
    ...new Set([...src.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1] as string)),
  ].sort();
}

describe('buildElectron', () => {
  it('bundles a preload that requires only electron (the sandbox allows nothing else)', async () => {
    const out = await buildElectron({ outDir });
    expect(out).toEqual({ main: join(outDir, 'main.cjs'), preload: join(outDir, 'preload.cjs') });
    expect(requires(out.preload)).toEqual(['electron']);
    const preload = readFileSync(out.preload, 'utf8');
    expect(preload).toContain('exposeInMainWorld("mazmun"');
    // The main bundle keeps electron external and inlines our modules.
    const main = requires(out.main);
    expect(main).toContain('electron');
    expect(main.filter((m) => m.startsWith('.'))).toEqual([]);
    expect(readFileSync(out.main, 'utf8')).toContain('requestSingleInstanceLock');
  });
});
