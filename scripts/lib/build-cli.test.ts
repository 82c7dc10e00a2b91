import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshBundle } from '../../bin/cli-entry.mjs';
import { runCli } from '../../cli/run-cli';
import { fixture, memoryIo } from '../../cli/test-io';
import { buildCli, MANIFEST, ROOT } from './build-cli.mjs';

// A checkout-like folder: the bundle one level down, package.json and node_modules beside it,
// as bin/mazmun.mjs finds them in the repository.
const tmp = mkdtempSync(join(tmpdir(), 'mazmun-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
copyFileSync(join(ROOT, 'package.json'), join(tmp, 'package.json'));
symlinkSync(join(ROOT, 'node_modules'), join(tmp, 'node_modules'), 'dir');
const outDir = join(tmp, 'dist-cli');

const run = (entry: string, ...args: string[]) =>
  spawnSync(process.execPath, [entry, ...args], { cwd: tmp, encoding: 'utf8' });

describe('buildCli', () => {
  it('bundles a command that prints what the sources print, loading export code on demand', async () => {
    const { entry, inputs } = await buildCli({ outDir });
    expect(inputs).toContain('cli/main.ts');
    expect(inputs).toContain('shared/analysis/frequencies.ts');
    // Packages stay external, except the one whose entry is JSON (Node 20 cannot import it bare).
    expect(inputs.filter((p) => p.startsWith('node_modules'))).toEqual([
      'node_modules/stopwords-iso/stopwords-iso.json',
    ]);
    // `report` on a directory must not load the spreadsheet or zip libraries, nor the stop lists.
    const main = readFileSync(entry, 'utf8');
    expect(main).not.toMatch(/from "(exceljs|jszip|fast-xml-parser|mammoth)"/);
    expect(main).not.toContain('stopwords-iso');

    const w = run(entry, 'words', fixture, '--top', '3', '--format', 'json');
    expect(w.stderr).toBe('');
    expect(w.status).toBe(0);
    const wio = memoryIo();
    await runCli(['words', fixture, '--top', '3', '--format', 'json'], wio);
    expect(w.stdout).toBe(wio.out.join(''));

    const r = run(entry, 'report', fixture, '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const io = memoryIo();
    await runCli(['report', fixture, '--format', 'json'], io);
    expect(r.stdout).toBe(io.out.join(''));

    const xlsx = join(tmp, 'table.xlsx');
    const x = run(entry, 'export', fixture, '--format', 'xlsx', '--out', xlsx);
    expect(x.stderr).toBe(`mazmun: wrote ${xlsx}\n`);
    expect(readFileSync(xlsx).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});

describe('freshBundle', () => {
  const root = join(tmp, 'fresh');
  const out = join(root, 'dist-cli');
  mkdirSync(join(root, 'cli'), { recursive: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(root, 'cli/main.ts'), '');
  writeFileSync(join(out, 'main.mjs'), '');
  const at = (file: string, ms: number) => utimesSync(file, ms / 1000, ms / 1000);
  const manifest = (m: unknown) => writeFileSync(join(out, MANIFEST), JSON.stringify(m));
  const builtAt = Date.UTC(2026, 0, 1);

  it('runs the bundle only while every source is older than it', () => {
    manifest({ builtAt, inputs: ['cli/main.ts'] });
    at(join(root, 'cli/main.ts'), builtAt - 1000);
    expect(freshBundle(root)).toBe(join(out, 'main.mjs'));
    at(join(root, 'cli/main.ts'), builtAt + 1000);
    expect(freshBundle(root)).toBeNull();
  });

  it('falls back to the sources without a bundle, a manifest or a listed source', () => {
    at(join(root, 'cli/main.ts'), builtAt - 1000);
    manifest({ builtAt, inputs: ['cli/main.ts', 'cli/gone.ts'] });
    expect(freshBundle(root)).toBeNull();
    manifest({ builtAt, inputs: [] });
    expect(freshBundle(root)).toBeNull();
    writeFileSync(join(out, MANIFEST), '{');
    expect(freshBundle(root)).toBeNull();
    expect(freshBundle(root, join(root, 'nowhere'))).toBeNull();
  });
});
