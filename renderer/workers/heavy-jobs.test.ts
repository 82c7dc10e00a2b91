import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { countCodings } from '../../shared/db/coding-storage';
import type { MazmunDb } from '../../shared/db/database';
import { importSnapshot } from '../../shared/db/snapshot-repo';
import { openTestDb } from '../../shared/db/test-db';
import { exportQdpx, serializeBackup } from '../../shared/exchange';
import { azerbaijanFiles } from '../../shared/fixture/azerbaijan-files';
import { loadProjectDir } from '../../shared/fixture/load-project-dir';
import { ok, type ProjectSnapshot } from '../../shared/model/snapshot';
import { normalizeForSearch } from '../../shared/text/persian';
import { CANCELED_REASON, type HeavyProgress } from '../../shared/worker-protocol';
import { HeavyWorkClient } from './heavy-work-client';
import { inlineTransport } from './transport';

/** A canceled job: the sentence isCanceled() recognizes, and its code for the views. */
const CANCELED = {
  ok: false,
  reason: CANCELED_REASON,
  error: { code: 'app.canceled', params: {} },
};

function study(): ProjectSnapshot {
  const r = loadProjectDir(azerbaijanFiles());
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/** The jobs inline, on a fake IndexedDB of their own: what the worker runs, minus the thread. */
async function setup() {
  const db = await openTestDb();
  const client = new HeavyWorkClient(() => inlineTransport(async () => ok(db)));
  return { db, client };
}

async function rowCounts(db: MazmunDb) {
  return {
    projects: await db.projects.count(),
    documents: await db.documents.count(),
    texts: await db.documentTexts.count(),
    codes: await db.codes.count(),
    codings: await countCodings(db),
  };
}

const EMPTY = { projects: 0, documents: 0, texts: 0, codes: 0, codings: 0 };

describe('heavy jobs (inline)', () => {
  it('reads a backup into a preview that keeps the project in the worker, then imports it', async () => {
    const { db, client } = await setup();
    const s = study();
    const read = await client.run({
      kind: 'read-exchange',
      file: { name: 'study.mazmun.json', bytes: utf8(serializeBackup(s)) },
    }).result;
    if (!read.ok || read.data.kind !== 'project') throw new Error('no project preview');
    expect(read.data).not.toHaveProperty('snapshot'); // the texts and codings stay there
    expect(read.data.projectName).toBe(s.project.name);
    expect(read.data.report.mapped.codings).toBe(s.codings.length);
    expect(read.data.clash).toBe(false);
    expect(await rowCounts(db)).toEqual(EMPTY); // reading writes nothing

    const seen: HeavyProgress[] = [];
    const done = await client.run({ kind: 'commit-exchange', handle: read.data.handle }, (p) =>
      seen.push(p),
    ).result;
    expect(done).toEqual(ok({ projectId: s.project.id, projectName: s.project.name, copy: false }));
    expect(await countCodings(db, s.project.id)).toBe(s.codings.length);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.every((p) => p.phase === 'write')).toBe(true);
    const last = seen[seen.length - 1];
    expect(last && last.done === last.total).toBe(true);
    // The held project was let go: a second commit of the same handle is refused.
    const again = await client.run({ kind: 'commit-exchange', handle: read.data.handle }).result;
    expect(again).toEqual({
      ok: false,
      reason: 'The file is no longer open: read it again.',
      error: { code: 'app.fileNoLongerOpen', params: {} },
    });
  });

  it('leaves nothing written when the import is canceled during its write', async () => {
    const { db, client } = await setup();
    const bytes = utf8(serializeBackup(study()));
    const read = await client.run({ kind: 'read-exchange', file: { name: 'b.json', bytes } })
      .result;
    if (!read.ok || read.data.kind !== 'project') throw new Error('no project preview');
    const task = client.run({ kind: 'commit-exchange', handle: read.data.handle }, (p) => {
      if (p.phase === 'write' && p.done > 0) task.cancel();
    });
    expect(await task.result).toEqual(CANCELED);
    expect(await rowCounts(db)).toEqual(EMPTY);
    // Canceling let the file stay open: the same preview can still be imported.
    const retry = await client.run({ kind: 'commit-exchange', handle: read.data.handle }).result;
    expect(retry.ok).toBe(true);
  });

  it('imports a project already stored as a copy under new ids', async () => {
    const { db, client } = await setup();
    const s = study();
    expect((await importSnapshot(db, s)).ok).toBe(true);
    const read = await client.run({
      kind: 'read-exchange',
      file: { name: 's.qdpx', bytes: await exportQdpx(s) },
    }).result;
    if (!read.ok || read.data.kind !== 'project') throw new Error('no project preview');
    const done = await client.run({ kind: 'commit-exchange', handle: read.data.handle }).result;
    expect(done.ok && done.data.projectId).not.toBe(s.project.id);
    expect(await db.projects.count()).toBe(2);
  });

  it('refuses a damaged file with a reason and writes nothing', async () => {
    const { db, client } = await setup();
    const r = await client.run({
      kind: 'read-exchange',
      file: { name: 'x.qdpx', bytes: utf8('not a zip') },
    }).result;
    expect(r.ok).toBe(false);
    expect(await rowCounts(db)).toEqual(EMPTY);
  });

  it('parses transcripts, one bad file never stopping the others', async () => {
    const { client } = await setup();
    const seen: number[] = [];
    const r = await client.run(
      {
        kind: 'parse-documents',
        files: [
          { name: 'a.txt', bytes: utf8('مصاحبه‌گر: سلام.\nپاسخ‌دهنده: سلام.') },
          { name: 'empty.txt', bytes: new Uint8Array(0) },
        ],
      },
      (p) => seen.push(p.done),
    ).result;
    if (!r.ok) throw new Error(r.reason);
    expect(r.data.imported.map((d) => [d.title, d.direction])).toEqual([['a', 'rtl']]);
    // The search key comes with the text, so the page's save need not compute it.
    const doc = r.data.imported[0]!;
    expect(doc.searchText).toBe(normalizeForSearch(doc.text));
    expect(doc.searchText).not.toBe(doc.text);
    expect(r.data.failed).toMatchObject([{ name: 'empty.txt', reason: 'empty.txt is empty' }]);
    expect(seen).toEqual([0, 1, 2]);
  });

  it('exports from the database it opened itself', async () => {
    const { db, client } = await setup();
    const s = study();
    expect((await importSnapshot(db, s)).ok).toBe(true);
    const run = (request: { kind: 'xlsx' } | { kind: 'backup' }) =>
      client.run({ kind: 'export', projectId: s.project.id, request, appVersion: '1.0' }).result;
    const xlsx = await run({ kind: 'xlsx' });
    expect(xlsx.ok && xlsx.data.projectName).toBe(s.project.name);
    expect(xlsx.ok && xlsx.data.data instanceof Uint8Array && xlsx.data.data[0]).toBe(0x50); // PK
    const backup = await run({ kind: 'backup' });
    const parsed = backup.ok && JSON.parse(String(backup.data.data));
    expect(parsed.snapshot.codings).toHaveLength(s.codings.length);
  });
});
