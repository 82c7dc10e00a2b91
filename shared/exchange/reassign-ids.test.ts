import { describe, expect, it } from 'vitest';
import { computeFrequencyTable } from '../analysis/frequencies';
import { countCodings } from '../db/coding-storage';
import { azerbaijanFiles } from '../fixture/azerbaijan-files';
import { loadProjectDir } from '../fixture/load-project-dir';
import { importSnapshot } from '../db/snapshot-repo';
import { openTestDb } from '../db/test-db';
import { isUuid } from '../model/ids';
import type { ProjectSnapshot } from '../model/snapshot';
import { reassignIds } from './reassign-ids';

function study(): ProjectSnapshot {
  const r = loadProjectDir(azerbaijanFiles());
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

function ids(s: ProjectSnapshot): string[] {
  return [
    s.project.id,
    ...[s.documents, s.cases, s.attributes, s.codes, s.codings, s.memos, s.coders].flatMap((l) =>
      l.map((x) => x.id as string),
    ),
  ];
}

describe('reassignIds', () => {
  it('gives every item a new id and keeps every reference', () => {
    const s = study();
    const copy = reassignIds(s);
    const before = new Set(ids(s));
    const after = ids(copy);
    expect(after.every((id) => isUuid(id) && !before.has(id))).toBe(true);
    expect(new Set(after).size).toBe(after.length);
    const docIds = new Set(copy.documents.map((d) => d.id));
    const codeIds = new Set(copy.codes.map((c) => c.id));
    const caseIds = new Set(copy.cases.map((c) => c.id));
    const attrIds = new Set(copy.attributes.map((a) => a.id as string));
    expect(copy.codings.every((c) => docIds.has(c.documentId) && codeIds.has(c.codeId))).toBe(true);
    expect(copy.codes.every((c) => c.parentId === null || codeIds.has(c.parentId))).toBe(true);
    expect(copy.documents.every((d) => d.caseId === null || caseIds.has(d.caseId))).toBe(true);
    expect(copy.cases.every((c) => Object.keys(c.values).every((k) => attrIds.has(k)))).toBe(true);
    expect(copy.cases.some((c) => Object.keys(c.values).length > 0)).toBe(true);
    const all = [copy.documents, copy.codes, copy.codings, copy.cases].flat();
    expect(all.every((x) => x.projectId === copy.project.id)).toBe(true);
    // The analysis cannot tell the copy from the original.
    const table = (x: ProjectSnapshot) =>
      computeFrequencyTable({ ...x, convention: 'paper' }).rows.map((r) => [
        r.name,
        r.sources,
        r.references,
      ]);
    expect(table(copy)).toEqual(table(s));
  });

  it('lets the same project be imported twice into one database', async () => {
    const db = await openTestDb();
    const s = study();
    expect((await importSnapshot(db, s)).ok).toBe(true);
    const again = await importSnapshot(db, s);
    expect(again.ok).toBe(false);
    const copy = await importSnapshot(db, reassignIds(s));
    expect(copy.ok).toBe(true);
    expect(await db.projects.count()).toBe(2);
    expect(await countCodings(db)).toBe(2 * s.codings.length);
  });
});
