import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './lib/build-electron.mjs';

// The committed Azerbaijan fixture is what fixtures/azerbaijan/generate.ts makes: a hand edit of
// a generated file, or a generator change without regenerating, fails here.
const generator = join(ROOT, 'fixtures/azerbaijan/generate.ts');
const check = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', generator, '--check', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });

const copy = mkdtempSync(join(tmpdir(), 'mazmun-fixture-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('fixtures/azerbaijan/generate.ts --check', () => {
  it('finds the committed fixture up to date, writing nothing', () => {
    const r = check();
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^fixtures\/azerbaijan is up to date \(\d+ files checked\)\.\n$/);
    expect(r.status).toBe(0);
  });

  it('exits 1 naming each file that differs, is missing or is left over', () => {
    cpSync(join(ROOT, 'fixtures/azerbaijan'), copy, { recursive: true });
    writeFileSync(join(copy, 'codings.csv'), 'edited by hand\n');
    rmSync(join(copy, 'documents/03.txt'));
    writeFileSync(join(copy, 'documents/99.txt'), 'not generated');
    const r = check('--dir', copy);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'differs from what generate.ts makes in 3 file(s): codings.csv, documents/03.txt, documents/99.txt;',
    );
  });
});
