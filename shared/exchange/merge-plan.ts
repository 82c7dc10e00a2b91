// The plan of merging another coder's work (a .qdpx or backup read into a ProjectSnapshot) into
// the open project. Pure: the open project and the file in, what matches, what is new and what
// conflicts out. Rules (docs/coders-and-merge.md): documents by id, then by the hash of their
// normalized text; codes by id, then by parent and normalized name; coders, attributes and cases
// by id, then by normalized name. Everything new gets a fresh id, so a file that shares ids with
// any project in this database can never clash.
import { newId } from '../model/ids';
import type { ProjectSnapshot } from '../model/snapshot';
import type { Coding, Document, DocumentId, Memo } from '../model';
import {
  type IdMap,
  type MakeId,
  planAttributes,
  planCases,
  planCodes,
  planCoders,
  sameText,
  textIndex,
  textKey,
} from './merge-match';
import type { Matched, MergeBase, MergeConflict, MergePlan } from './merge-types';

function planDocuments(
  s: ProjectSnapshot,
  base: MergeBase,
  ids: IdMap,
  make: MakeId,
  conflicts: MergeConflict[],
) {
  const ourById = new Map(base.documents.map((d) => [d.id, d]));
  const byText = textIndex(base);
  const used = new Set<string>();
  const matched: Matched<DocumentId>[] = [];
  const added: Document[] = [];
  for (const t of s.documents) {
    const key = textKey(t.text);
    const same = ourById.get(t.id);
    if (same && !used.has(same.id)) {
      if (sameText(key, textKey(same.text))) {
        used.add(same.id);
        ids.set(t.id, same.id);
        matched.push({ theirs: t.id, ours: same.id, label: same.title, by: 'id' });
        continue;
      }
      conflicts.push({ kind: 'documentTextDiffers', id: same.id, title: same.title });
    }
    const twin = (byText.get(key.key) ?? []).find((o) => !used.has(o.id) && sameText(o.key, key));
    if (twin) {
      used.add(twin.id);
      ids.set(t.id, twin.id);
      matched.push({ theirs: t.id, ours: twin.id as DocumentId, label: twin.title, by: 'text' });
      continue;
    }
    const id = make() as DocumentId;
    ids.set(t.id, id);
    // caseId is still theirs here: planMerge maps it once cases are matched.
    added.push({ ...t, id, projectId: base.projectId });
  }
  return { matched, added };
}

const codingKey = (c: Pick<Coding, 'documentId' | 'codeId' | 'start' | 'end' | 'coderId'>) =>
  `${c.documentId}|${c.codeId}|${c.start}|${c.end}|${c.coderId ?? ''}`;

function planCodings(
  s: ProjectSnapshot,
  base: MergeBase,
  ids: IdMap,
  make: MakeId,
  conflicts: MergeConflict[],
) {
  const ourKeys = new Set(base.codings.map(codingKey));
  const ourById = new Map(base.codings.map((c) => [c.id, c]));
  const lengths = new Map(s.documents.map((d) => [d.id, d.text.length]));
  const codes = new Set(s.codes.map((c) => c.id));
  const added: Coding[] = [];
  let alreadyHere = 0;
  for (const c of s.codings) {
    const documentId = ids.get(c.documentId) as Coding['documentId'] | undefined;
    const codeId = ids.get(c.codeId) as Coding['codeId'] | undefined;
    const length = lengths.get(c.documentId);
    if (!documentId || length === undefined) {
      conflicts.push({ kind: 'codingUnmatched', id: c.id, reason: 'document' });
      continue;
    }
    if (!codeId || !codes.has(c.codeId)) {
      conflicts.push({ kind: 'codingUnmatched', id: c.id, reason: 'code' });
      continue;
    }
    if (!(c.start >= 0 && c.end > c.start && c.end <= length)) {
      conflicts.push({ kind: 'codingUnmatched', id: c.id, reason: 'range' });
      continue;
    }
    const coderId = c.coderId === null ? null : ((ids.get(c.coderId) ?? null) as Coding['coderId']);
    const mapped = { documentId, codeId, start: c.start, end: c.end, coderId };
    const key = codingKey(mapped);
    if (ourKeys.has(key)) {
      alreadyHere++;
      continue;
    }
    if (ourById.has(c.id)) {
      // Our own coding, moved or re-coded in the other copy: ours stays, theirs is reported.
      conflicts.push({ kind: 'codingChanged', id: c.id });
      continue;
    }
    ourKeys.add(key);
    added.push({ ...c, ...mapped, id: make() as Coding['id'], projectId: base.projectId });
  }
  return { added, alreadyHere };
}

function planMemos(
  s: ProjectSnapshot,
  base: MergeBase,
  ids: IdMap,
  make: MakeId,
  conflicts: MergeConflict[],
) {
  const ourIds = new Set(base.memos.map((m) => m.id));
  const same = (m: Memo) =>
    `${m.target.kind}|${'id' in m.target ? m.target.id : ''}|${m.title}|${m.text}`;
  const ours = new Set(base.memos.map(same));
  const added: Memo[] = [];
  let alreadyHere = 0;
  for (const m of s.memos) {
    let target = m.target;
    if (target.kind !== 'project') {
      const to = ids.get(target.id);
      if (!to) {
        conflicts.push({ kind: 'memoUnmatched', id: m.id, title: m.title });
        continue;
      }
      target = { ...target, id: to } as Memo['target'];
    }
    const memo: Memo = { ...m, id: make() as Memo['id'], projectId: base.projectId, target };
    if (ourIds.has(m.id) || ours.has(same(memo))) {
      alreadyHere++;
      continue;
    }
    ours.add(same(memo));
    added.push(memo);
  }
  return { added, alreadyHere };
}

/** The plan of merging `incoming` into `base`; `make` creates ids (random UUIDs by default). */
export function planMerge(
  incoming: ProjectSnapshot,
  base: MergeBase,
  make: MakeId = () => newId<'any'>(),
): MergePlan {
  const ids: IdMap = new Map();
  const conflicts: MergeConflict[] = [];
  const dropped = new Set<string>();
  const coders = planCoders(incoming, base, ids, make);
  const attributes = planAttributes(incoming, base, ids, make, conflicts, dropped);
  const codes = planCodes(incoming, base, ids, make, conflicts);
  const found = planDocuments(incoming, base, ids, make, conflicts);
  const cases = planCases(incoming, base, ids, make, dropped, found.matched);
  const documents = {
    matched: found.matched,
    added: found.added.map((d) => ({
      ...d,
      caseId: d.caseId === null ? null : ((ids.get(d.caseId) ?? null) as Document['caseId']),
    })),
  };
  const codings = planCodings(incoming, base, ids, make, conflicts);
  const memos = planMemos(incoming, base, ids, make, conflicts);
  return {
    projectId: base.projectId,
    sourceName: incoming.project.name,
    documents,
    codes,
    coders,
    attributes,
    cases,
    codings,
    memos,
    conflicts,
  };
}
