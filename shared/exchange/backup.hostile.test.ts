// The committed broken backups of fixtures/bad-input, restored as the Import/Export view does.
// eslint-disable-next-line no-restricted-imports -- tests read committed fixtures
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restoreBackup } from './backup';
import { BACKUP_FORMAT_VERSION } from './format';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/bad-input/${name}`, import.meta.url), 'utf8');

describe('fixtures/bad-input: backups', () => {
  it('refuses newer-version.mazmun.json, saying which version to update to', () => {
    expect(restoreBackup(fixture('newer-version.mazmun.json'))).toEqual({
      ok: false,
      reason:
        'This backup was made by a newer Mazmun (backup format 999); this version reads formats ' +
        `up to ${BACKUP_FORMAT_VERSION}. Update Mazmun to restore it.`,
      error: {
        code: 'exchange.backupTooNew',
        params: { version: 999, supported: BACKUP_FORMAT_VERSION },
      },
      warnings: [],
    });
  });

  it('refuses truncated.mazmun.json as damaged or incomplete', () => {
    const r = restoreBackup(fixture('truncated.mazmun.json'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(
      /^The backup file is damaged or incomplete: it is not valid JSON \(.+\)\.$/,
    );
  });

  it('the two files differ from the good backup only by their defect', () => {
    const good = readFileSync(
      new URL('../../fixtures/backups/v1-small.mazmun.json', import.meta.url),
      'utf8',
    );
    expect(restoreBackup(good).ok).toBe(true);
    expect(fixture('newer-version.mazmun.json')).toBe(
      good.replace('"formatVersion": 1,', '"formatVersion": 999,'),
    );
    expect(good.startsWith(fixture('truncated.mazmun.json'))).toBe(true);
  });
});

describe('restoreBackup and prototype keys', () => {
  it('keeps a memo whose target kind is an Object.prototype key as a project memo', () => {
    const text = readFileSync(
      new URL('../../fixtures/backups/v1-small.mazmun.json', import.meta.url),
      'utf8',
    );
    const backup = JSON.parse(text) as { snapshot: { memos: { target: unknown }[] } };
    const memo = backup.snapshot.memos[0];
    if (!memo) throw new Error('the v1 fixture has no memo');
    for (const kind of ['valueOf', '__proto__', 'constructor', 'toString']) {
      memo.target = { kind, id: 'x' };
      const r = restoreBackup(JSON.stringify(backup));
      expect(r.ok).toBe(true);
      expect(r.ok && r.data.memos[0]?.target).toEqual({ kind: 'project' });
    }
  });
});
