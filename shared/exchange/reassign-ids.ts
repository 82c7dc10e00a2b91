// Importing a project that is already in this database (the same backup twice, or a .qdpx
// exported from here and opened again) would clash on every id. This gives the copy fresh ids
// throughout, keeping every reference inside it intact.
import { newId } from '../model/ids';
import type { ProjectSnapshot } from '../model/snapshot';
import type { Case, Memo, MemoTarget } from '../model/types';

/** A fresh id for every old one, the same new id wherever the old one occurs. */
function remapper(make: () => string): <T extends string>(id: T) => T {
  const seen = new Map<string, string>();
  return <T extends string>(id: T): T => {
    let next = seen.get(id);
    if (next === undefined) {
      next = make();
      seen.set(id, next);
    }
    return next as T;
  };
}

/** The same project under new ids; `make` creates an id (random UUIDs by default). */
export function reassignIds(
  snapshot: ProjectSnapshot,
  make: () => string = () => newId<'any'>(),
): ProjectSnapshot {
  const map = remapper(make);
  const projectId = map(snapshot.project.id);
  const values = (c: Case): Case['values'] =>
    Object.fromEntries(Object.entries(c.values).map(([k, v]) => [map(k), v]));
  const target = (t: MemoTarget): MemoTarget =>
    t.kind === 'project' ? t : ({ ...t, id: map(t.id) } as MemoTarget);
  return {
    project: { ...snapshot.project, id: projectId },
    documents: snapshot.documents.map((d) => ({
      ...d,
      id: map(d.id),
      projectId,
      caseId: d.caseId === null ? null : map(d.caseId),
    })),
    cases: snapshot.cases.map((c) => ({ ...c, id: map(c.id), projectId, values: values(c) })),
    attributes: snapshot.attributes.map((a) => ({ ...a, id: map(a.id), projectId })),
    codes: snapshot.codes.map((c) => ({
      ...c,
      id: map(c.id),
      projectId,
      parentId: c.parentId === null ? null : map(c.parentId),
    })),
    codings: snapshot.codings.map((c) => ({
      ...c,
      id: map(c.id),
      projectId,
      documentId: map(c.documentId),
      codeId: map(c.codeId),
      coderId: c.coderId === null ? null : map(c.coderId),
    })),
    memos: snapshot.memos.map((m): Memo => ({
      ...m,
      id: map(m.id),
      projectId,
      target: target(m.target),
    })),
    coders: snapshot.coders.map((c) => ({ ...c, id: map(c.id), projectId })),
    ...(snapshot.sets
      ? {
          sets: snapshot.sets.map((x) => ({
            ...x,
            id: map(x.id),
            projectId,
            documentIds: x.documentIds.map(map),
            rule: x.rule && {
              ...x.rule,
              conditions: x.rule.conditions.map((k) => ({ ...k, attributeId: map(k.attributeId) })),
            },
          })),
        }
      : {}),
  };
}
