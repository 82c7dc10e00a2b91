// Data safety: a database that already holds a project meets the hostile fixtures. Whatever is
// refused, and whatever fails half-way through its one transaction, the rows already stored
// stay byte-for-byte as they were.
// eslint-disable-next-line no-restricted-imports -- tests read committed fixtures
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asId } from '../model/ids';
import type { ProjectSnapshot } from '../model/snapshot';
import { importQdpx, restoreBackup } from '../exchange';
import { importMany } from '../import';
import type { MazmunDb } from './database';
import { addDocuments } from './documents-repo';
import { exportSnapshot, importSnapshot } from './snapshot-repo';
import { openTestDb } from './test-db';

const bytesOf = (path: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url)));
const textOf = (path: string): string => new TextDecoder().decode(bytesOf(path));

/** Every row of every table as JSON, sorted: equal dumps mean byte-for-byte equal rows. */
async function dump(db: MazmunDb): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of db.tables) {
    out[table.name] = (await table.toArray()).map((row) => JSON.stringify(row)).sort();
  }
  return out;
}

function existingProject(): ProjectSnapshot {
  const r = restoreBackup(textOf('backups/v1-small.mazmun.json'));
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

async function dbWithProject() {
  const db = await openTestDb();
  const existing = existingProject();
  const put = await importSnapshot(db, existing);
  if (!put.ok) throw new Error(put.reason);
  const snapshot = await exportSnapshot(db, existing.project.id);
  return { db, existing, snapshot, rows: await dump(db) };
}

const REFUSED_QDPX = [
  'xxe.qdpx',
  'billion-laughs.qdpx',
  'zip-slip-parent.qdpx',
  'zip-slip-absolute.qdpx',
  'zip-bomb.qdpx',
  'malformed.qdpx',
];

describe('an existing project survives hostile imports untouched', () => {
  it('the fixture project really holds data (documents, codings, memos)', async () => {
    const { rows } = await dbWithProject();
    expect(rows.documents?.length).toBeGreaterThan(1);
    expect(rows.codingPacks?.length).toBeGreaterThan(1);
    expect(rows.memos?.length).toBeGreaterThan(0);
  });

  it('refused .qdpx files and backups write nothing', async () => {
    const { db, rows } = await dbWithProject();
    for (const name of REFUSED_QDPX) {
      const r = await importQdpx(bytesOf(`bad-input/${name}`));
      expect(r.ok, name).toBe(false);
      if (r.ok) await importSnapshot(db, r.data.snapshot); // what the app would do; never reached
    }
    for (const name of ['newer-version.mazmun.json', 'truncated.mazmun.json']) {
      const r = restoreBackup(textOf(`bad-input/${name}`));
      expect(r.ok, name).toBe(false);
      if (r.ok) await importSnapshot(db, r.data);
    }
    expect(await dump(db)).toEqual(rows);
  });

  it('an import of offsets-outside.qdpx that fails half-way leaves no trace', async () => {
    const { db, existing, snapshot, rows } = await dbWithProject();
    const r = await importQdpx(bytesOf('bad-input/offsets-outside.qdpx'));
    if (!r.ok) throw new Error(r.reason);
    let written = 0;
    const put = await importSnapshot(db, r.data.snapshot, (done, total) => {
      written = done;
      if (done * 2 > total) throw new Error('the disk is full');
    });
    expect(written).toBeGreaterThan(1); // rows had gone in before the failure
    expect(put).toEqual({
      ok: false,
      reason: `The project "Hostile sample" was not imported (the disk is full). Nothing was saved.`,
      error: { code: 'db.importDiskFull', params: { name: 'Hostile sample' } },
    });
    expect(await exportSnapshot(db, existing.project.id)).toEqual(snapshot);
    expect(await dump(db)).toEqual(rows);
  });

  it('the same import, when it succeeds, adds a project and changes nothing else', async () => {
    const { db, existing, snapshot, rows } = await dbWithProject();
    const r = await importQdpx(bytesOf('bad-input/offsets-outside.qdpx'));
    if (!r.ok) throw new Error(r.reason);
    expect((await importSnapshot(db, r.data.snapshot)).ok).toBe(true);
    expect(await exportSnapshot(db, existing.project.id)).toEqual(snapshot);
    const after = await dump(db);
    for (const [table, before] of Object.entries(rows)) {
      if (table === 'meta') continue;
      expect(after[table], table).toEqual(expect.arrayContaining(before));
    }
    expect(after.projects).toHaveLength(2);
  });

  it('a backup whose ids collide with the stored project is refused whole', async () => {
    const { db, existing, snapshot, rows } = await dbWithProject();
    // The same backup again: same project id, then a copy under a new project id whose
    // documents, codes and codings still carry the stored ids (a hand-edited backup).
    const again = await importSnapshot(db, existing);
    expect(again.ok ? '' : again.reason).toContain('Nothing was saved');
    const pid = asId<'ProjectId'>('9d7e0a4c-1111-4222-8333-444455556666');
    const moved = {
      ...existing,
      project: { ...existing.project, id: pid },
      documents: existing.documents.map((d) => ({ ...d, projectId: pid })),
      cases: existing.cases.map((c) => ({ ...c, projectId: pid })),
      attributes: existing.attributes.map((a) => ({ ...a, projectId: pid })),
      codes: existing.codes.map((c) => ({ ...c, projectId: pid })),
      codings: existing.codings.map((c) => ({ ...c, projectId: pid })),
      memos: existing.memos.map((m) => ({ ...m, projectId: pid })),
      coders: existing.coders.map((c) => ({ ...c, projectId: pid })),
    };
    const clash = await importSnapshot(db, moved);
    expect(clash.ok ? '' : clash.reason).toMatch(
      /some of its ids already exist.*Nothing was saved/,
    );
    expect(await exportSnapshot(db, existing.project.id)).toEqual(snapshot);
    expect(await dump(db)).toEqual(rows);
  });

  it('documents read from a mixed batch, saved with a clashing id, roll back together', async () => {
    const { db, existing, snapshot, rows } = await dbWithProject();
    const names = ['script.txt', 'script.docx', 'zip-bomb.docx', 'empty.txt', 'xxe.qdpx'];
    const read = await importMany(
      names.map((n) => ({ name: n, bytes: bytesOf(`bad-input/${n}`) })),
    );
    expect(read.imported).toHaveLength(2);
    expect(read.failed.map((f) => f.name)).toEqual(['zip-bomb.docx', 'empty.txt', 'xxe.qdpx']);
    const clashing = existing.documents[0];
    if (!clashing) throw new Error('no document');
    // The last document reuses a stored id: the first two rows are written, then the add fails.
    const docs = [
      ...read.imported.map((d) => ({ title: d.title, text: d.text, direction: d.direction })),
      { id: clashing.id, title: 'Overwritten?', text: 'this must not replace the stored text' },
    ];
    await expect(addDocuments(db, existing.project.id, docs)).rejects.toThrow();
    expect(await exportSnapshot(db, existing.project.id)).toEqual(snapshot);
    expect(await dump(db)).toEqual(rows);
  });
});
