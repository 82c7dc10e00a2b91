import { describe, expect, it } from 'vitest';
import fixture from '../../fixtures/backups/v1-small.mazmun.json?raw';
import { restoreBackup, serializeBackup } from './backup';
import { BACKUP_FORMAT_VERSION } from './format';
import { sampleSnapshot } from './test-snapshot';

function restored(text: string) {
  const r = restoreBackup(text);
  if (!r.ok) throw new Error(r.reason);
  return r;
}

function withSnapshot(
  edit: (s: Record<string, unknown[]>) => void,
  snap = sampleSnapshot(),
): string {
  const file = JSON.parse(serializeBackup(snap));
  edit(file.snapshot);
  return JSON.stringify(file);
}

describe('backups', () => {
  it('round-trips a snapshot exactly', () => {
    const snap = sampleSnapshot();
    const text = serializeBackup(snap, { appVersion: '0.1.0', exportedAt: Date.UTC(2025, 0, 1) });
    const r = restored(text);
    expect(r.data).toEqual(snap);
    expect(r.warnings).toEqual([]);
    expect(JSON.parse(text)).toMatchObject({
      format: 'mazmun-backup',
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: '0.1.0',
      exportedAt: '2025-01-01T00:00:00.000Z',
    });
  });

  it('restores the version-1 fixture, so later versions keep reading it', () => {
    const r = restored(fixture);
    expect(r.warnings).toEqual([]);
    const s = r.data;
    expect(s.project.name).toBe('دیپلماسی ایران و آذربایجان');
    const counts = [s.documents, s.codes, s.codings, s.cases, s.memos, s.coders].map(
      (l) => l.length,
    );
    expect(counts).toEqual([3, 5, 7, 2, 4, 2]);
    const byId = new Map(s.documents.map((d) => [d.id, d.text]));
    const slices = s.codings.map((c) => byId.get(c.documentId)!.slice(c.start, c.end));
    expect(slices).toContain('دنیا');
    expect(slices).toContain('می‌خواهم');
    // Restoring then saving again gives back the same snapshot.
    expect(JSON.parse(serializeBackup(s)).snapshot).toEqual(JSON.parse(fixture).snapshot);
  });

  it('refuses a backup from a newer Mazmun', () => {
    const text = serializeBackup(sampleSnapshot()).replace(
      '"formatVersion": 1',
      '"formatVersion": 2',
    );
    const r = restoreBackup(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/made by a newer Mazmun \(backup format 2\)/);
  });

  it('refuses truncated, foreign and empty files clearly', () => {
    const text = serializeBackup(sampleSnapshot());
    const files = [
      text.slice(0, Math.floor(text.length * 0.7)),
      '{"format":"something-else","formatVersion":1}',
      '{"format":"mazmun-backup","formatVersion":1}',
      '{"format":"mazmun-backup","formatVersion":1,"snapshot":{"project":{"id":"nope"}}}',
      '',
    ].map(restoreBackup);
    expect(files.map((r) => (r.ok ? 'restored' : r.error?.code))).toEqual([
      'exchange.backupNotJson',
      'exchange.notBackup',
      'exchange.backupNoSnapshot',
      'exchange.backupDamaged',
      'exchange.backupNotJson',
    ]);
    // The snapshot check's own error travels inside the wrapper, to be translated on its own.
    expect(files[3]).toMatchObject({
      error: { params: { error: { code: 'exchange.backupProjectNoId', params: {} } } },
    });
    const reasons = files.map((r) => (r.ok ? 'restored' : r.reason));
    expect(reasons[0]).toMatch(/damaged or incomplete: it is not valid JSON/);
    expect(reasons[1]).toMatch(/not a Mazmun backup/);
    expect(reasons[2]).toMatch(/holds no project snapshot/);
    expect(reasons[3]).toMatch(/no valid id/);
    expect(reasons[4]).toMatch(/not valid JSON/);
  });

  it('fills defaults for missing optional fields', () => {
    const text = withSnapshot((s) => {
      for (const c of s.codes as Record<string, unknown>[]) {
        delete c.whenToUse;
        delete c.example;
      }
      delete (s.memos![0] as Record<string, unknown>).updatedAt;
      delete s.coders;
    });
    const r = restored(text);
    expect(r.data.codes.every((c) => c.whenToUse === '' && c.example === '')).toBe(true);
    expect(r.data.memos[0]?.updatedAt).toBe(r.data.memos[0]?.createdAt);
    expect(r.data.coders).toEqual([]);
    // Codings by the vanished coders are kept, without a coder.
    expect(r.data.codings).toHaveLength(7);
    expect(r.data.codings.every((c) => c.coderId === null)).toBe(true);
  });

  it('drops and reports invalid items', () => {
    const snap = sampleSnapshot();
    const text = withSnapshot((s) => {
      const codings = s.codings as Record<string, unknown>[];
      codings[0]!.documentId = '00000000-0000-4000-8000-000000000000';
      codings[1]!.end = 10_000;
      codings[2]!.id = 'not-a-uuid';
      const codes = s.codes as Record<string, unknown>[];
      codes[0]!.parentId = codes[0]!.id; // a cycle of one
      const memo = s.memos![1] as Record<string, unknown>;
      memo.target = { kind: 'code', id: '00000000-0000-4000-8000-000000000001' };
    }, snap);
    const r = restored(text);
    expect(r.data.codings.map((c) => c.id)).toEqual(snap.codings.slice(3).map((c) => c.id));
    expect(r.data.codes[0]?.parentId).toBeNull();
    expect(r.data.memos[1]?.target).toEqual({ kind: 'project' });
    expect([...r.warnings].sort()).toEqual(
      [
        'a coding pointing at a missing document or code was dropped',
        'a coding with offsets outside its text was dropped',
        'an item of "codings" with a missing, invalid or repeated id was dropped',
        'a code in a parent cycle was moved to the top level',
        'a memo whose target is missing was kept as a project memo',
      ].sort(),
    );
  });
});
