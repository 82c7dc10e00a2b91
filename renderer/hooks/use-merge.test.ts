import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadMergeBase } from '../../shared/db/merge-repo';
import { importSnapshot } from '../../shared/db/snapshot-repo';
import { buildCoding, buildOtherCoderCopy, buildSnapshot } from '../../shared/db/test-builders';
import { openTestDb } from '../../shared/db/test-db';
import { exportQdpx, serializeBackup } from '../../shared/exchange';
import { planMerge } from '../../shared/exchange/merge-plan';
import { readMergeFile } from './use-merge';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readMergeFile, then the plan', () => {
  it('reads the other coder’s .qdpx and backup alike: one new coder, one new coding', async () => {
    const db = await openTestDb();
    const ours = buildSnapshot();
    const r0 = await importSnapshot(db, ours);
    expect(r0.ok).toBe(true);
    const pid = ours.project.id;
    const doc = ours.documents[1]!;
    const { theirs } = buildOtherCoderCopy(ours, (b) => [
      buildCoding({
        projectId: pid,
        documentId: doc.id,
        codeId: ours.codes[1]!.id,
        start: 6,
        end: 13,
        coderId: b.id,
      }),
    ]);
    const base = await loadMergeBase(db, pid);
    for (const [name, bytes] of [
      ['b.qdpx', await exportQdpx(theirs)],
      ['b.mazmun.json', utf8(serializeBackup(theirs))],
    ] as const) {
      const read = await readMergeFile(name, bytes);
      if (!read.ok) throw new Error(read.reason);
      const plan = planMerge(read.data, base);
      expect(plan.documents.matched).toHaveLength(2);
      expect(plan.documents.added).toEqual([]);
      expect(plan.coders.added.map((c) => c.name)).toEqual(['B']);
      expect(plan.codings.added.map((c) => [c.documentId, c.start, c.end])).toEqual([
        [doc.id, 6, 13],
      ]);
      expect(plan.codings.alreadyHere).toBe(3);
      expect(plan.conflicts).toEqual([]);
    }
  });

  it('refuses a codebook: only a project can be merged', async () => {
    const r = await readMergeFile('codes.qdc', utf8('<CodeBook />'));
    expect(!r.ok && r.error?.code).toBe('merge.notProjectFile');
  });
});
