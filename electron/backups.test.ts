import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFileName } from '../shared/ipc';
import { backupPath, backupsToPrune, listBackups, readBackup, writeBackup } from './backups';

const a = '0f8fad5b-d9cb-469f-a165-70867728950e';
const b = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const at = (minute: number) => new Date(Date.UTC(2025, 2, 21, 12, minute, 0, 0));

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mazmun-backups-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('backupPath', () => {
  it('stays inside the folder', () => {
    const name = backupFileName(a, at(0));
    expect(backupPath(dir, name)).toBe(join(dir, name));
    expect(backupPath(dir, '../x.json')).toBeNull();
    expect(backupPath(dir, `../${name}`)).toBeNull();
  });
});

describe('backupsToPrune', () => {
  it('keeps the newest per project and ignores other projects', () => {
    const names = [0, 1, 2, 3].map((m) => backupFileName(a, at(m)));
    const other = backupFileName(b, at(0));
    expect(backupsToPrune([...names, other], a, 2)).toEqual([names[1], names[0]]);
    expect(backupsToPrune([...names, other], b, 2)).toEqual([]);
  });
});

describe('write, list, read', () => {
  it('a failed write leaves no partial file and keeps every older backup', async () => {
    await writeBackup(dir, { projectId: a, json: '{"n":0}', keep: 1 }, at(0));
    // The target name is taken by a non-empty folder, so the final rename fails (as ENOSPC would).
    const blocked = join(dir, backupFileName(a, at(1)));
    mkdirSync(blocked);
    writeFileSync(join(blocked, 'x'), 'x');
    await expect(
      writeBackup(dir, { projectId: a, json: '{"n":1}', keep: 1 }, at(1)),
    ).rejects.toThrow();
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect((await listBackups(dir, a)).map((e) => e.name)).toContain(backupFileName(a, at(0)));
    expect(await readBackup(dir, backupFileName(a, at(0)))).toEqual({
      ok: true,
      data: { json: '{"n":0}' },
    });
  });

  it('rolls: writes, keeps the last N, lists newest first, reads back', async () => {
    const written = [];
    for (let m = 0; m < 5; m++) {
      written.push(await writeBackup(dir, { projectId: a, json: `{"n":${m}}`, keep: 3 }, at(m)));
    }
    await writeBackup(dir, { projectId: b, json: '{"other":"پروژه"}', keep: 3 }, at(9));
    expect(written[4]?.pruned).toEqual([backupFileName(a, at(1))]);
    expect(written[3]?.pruned).toEqual([backupFileName(a, at(0))]);
    expect(readdirSync(dir).filter((n) => n.startsWith(a))).toHaveLength(3);

    const listA = await listBackups(dir, a);
    expect(listA.map((e) => e.createdAt)).toEqual(
      [at(4), at(3), at(2)].map((d) => d.toISOString()),
    );
    expect(listA[0]).toEqual({
      name: backupFileName(a, at(4)),
      projectId: a,
      createdAt: at(4).toISOString(),
      bytes: 7,
    });
    const all = await listBackups(dir, null);
    expect(all).toHaveLength(4);
    expect(all[0]?.projectId).toBe(b);
    expect(all[0]?.bytes).toBe(Buffer.byteLength('{"other":"پروژه"}'));

    expect(await readBackup(dir, backupFileName(a, at(4)))).toEqual({
      ok: true,
      data: { json: '{"n":4}' },
    });
    expect(await readBackup(dir, backupFileName(a, at(0)))).toEqual({
      ok: false,
      reason: `backup ${backupFileName(a, at(0))} was not found`,
      error: { code: 'electron.backupNotFound', params: { name: backupFileName(a, at(0)) } },
    });
    expect((await readBackup(dir, '../../etc/passwd')).ok).toBe(false);
  });
  it('lists nothing when the folder does not exist and ignores strangers', async () => {
    expect(await listBackups(join(dir, 'missing'), null)).toEqual([]);
    writeFileSync(join(dir, 'notes.txt'), 'x');
    expect(await listBackups(dir, null)).toEqual([]);
  });
});
