// Matching helpers of the merge plan: by id first, then by a normalized name or a text key.
import type { ProjectSnapshot } from '../model/snapshot';
import type { Attribute, Case, Code, CodeId, Coder } from '../model';
import { codeTree } from '../analysis/code-tree';
import { nameKey, sameText, textKey, type TextKey } from './merge-keys';
import type { MergeBase, MergeConflict, Matched } from './merge-types';

export type MakeId = () => string;

/** Every incoming id mapped to the id it will have here (matched or new). */
export type IdMap = Map<string, string>;

interface Named {
  readonly id: string;
  readonly name: string;
}

/**
 * Rows matched by id, then by `hints` (their id → ours, e.g. the case of a matched document),
 * then by normalized name (each of ours matched at most once).
 */
export function matchByIdThenName<T extends Named>(
  theirs: readonly T[],
  ours: readonly T[],
  ids: IdMap,
  hints: ReadonlyMap<string, string> = new Map(),
): { matched: Matched<T['id']>[]; unmatched: T[] } {
  const byId = new Map(ours.map((o) => [o.id, o]));
  const byName = new Map<string, T>();
  for (const o of ours) if (!byName.has(nameKey(o.name))) byName.set(nameKey(o.name), o);
  const used = new Set<string>();
  const matched: Matched<T['id']>[] = [];
  const unmatched: T[] = [];
  const take = (t: T, o: T, by: 'id' | 'name' | 'document') => {
    used.add(o.id);
    ids.set(t.id, o.id);
    matched.push({ theirs: t.id, ours: o.id, label: o.name, by });
  };
  let rest: T[] = [];
  for (const t of theirs) {
    const o = byId.get(t.id);
    if (o) take(t, o, 'id');
    else rest.push(t);
  }
  rest = rest.filter((t) => {
    const o = byId.get(hints.get(t.id) ?? '');
    if (!o || used.has(o.id)) return true;
    take(t, o, 'document');
    return false;
  });
  for (const t of rest) {
    const o = byName.get(nameKey(t.name));
    if (o && !used.has(o.id)) take(t, o, 'name');
    else unmatched.push(t);
  }
  return { matched, unmatched };
}

export function planCoders(s: ProjectSnapshot, base: MergeBase, ids: IdMap, make: MakeId) {
  const { matched, unmatched } = matchByIdThenName<Coder>(s.coders, base.coders, ids);
  const added = unmatched.map((c): Coder => {
    const id = make() as Coder['id'];
    ids.set(c.id, id);
    return { id, projectId: base.projectId, name: c.name.trim() };
  });
  return { matched, added };
}

export function planAttributes(
  s: ProjectSnapshot,
  base: MergeBase,
  ids: IdMap,
  make: MakeId,
  conflicts: MergeConflict[],
  /** Incoming attribute ids whose values are left out (their type differs from ours). */
  dropped: Set<string>,
) {
  const { matched, unmatched } = matchByIdThenName<Attribute>(s.attributes, base.attributes, ids);
  const ourById = new Map(base.attributes.map((a) => [a.id, a]));
  for (const m of matched) {
    const t = s.attributes.find((a) => a.id === m.theirs);
    const o = ourById.get(m.ours);
    if (t && o && t.type !== o.type) {
      dropped.add(t.id);
      conflicts.push({ kind: 'attributeTypeDiffers', id: o.id, name: o.name });
    }
  }
  let order = Math.max(-1, ...base.attributes.map((a) => a.order));
  const added = unmatched.map((a): Attribute => {
    const id = make() as Attribute['id'];
    ids.set(a.id, id);
    return { ...a, id, projectId: base.projectId, order: ++order };
  });
  return { matched, added };
}

/**
 * Cases by id, then as the case of a matched document (two interviews of one person are two
 * cases with one name: the document tells them apart), then by name.
 */
export function planCases(
  s: ProjectSnapshot,
  base: MergeBase,
  ids: IdMap,
  make: MakeId,
  dropped: ReadonlySet<string>,
  matchedDocuments: readonly Matched<string>[],
) {
  const ourCase = new Map(base.documents.map((d) => [d.id as string, d.caseId]));
  const theirCase = new Map(s.documents.map((d) => [d.id as string, d.caseId]));
  const hints = new Map<string, string>();
  for (const m of matchedDocuments) {
    const t = theirCase.get(m.theirs);
    const o = ourCase.get(m.ours);
    if (t && o && !hints.has(t)) hints.set(t, o);
  }
  const { matched, unmatched } = matchByIdThenName<Case>(s.cases, base.cases, ids, hints);
  const added = unmatched.map((c): Case => {
    const id = make() as Case['id'];
    ids.set(c.id, id);
    const values: Record<string, Case['values'][string]> = {};
    for (const [k, v] of Object.entries(c.values)) {
      const to = ids.get(k);
      if (to && !dropped.has(k)) values[to] = v;
    }
    return { ...c, id, projectId: base.projectId, values };
  });
  return { matched, added };
}

/**
 * Codes by id, then top-down by (parent here, normalized name): a code whose parent matched is
 * looked for among that parent's children, so a renamed parent still finds its children.
 */
export function planCodes(
  s: ProjectSnapshot,
  base: MergeBase,
  ids: IdMap,
  make: MakeId,
  conflicts: MergeConflict[],
) {
  const ourById = new Map(base.codes.map((c) => [c.id, c]));
  const children = new Map<string, Code[]>();
  for (const c of base.codes) {
    const k = c.parentId ?? '';
    children.set(k, [...(children.get(k) ?? []), c]);
  }
  const nextOrder = new Map<string, number>();
  const orderUnder = (parent: string) => {
    const n =
      nextOrder.get(parent) ??
      Math.max(-1, ...(children.get(parent) ?? []).map((c) => c.order)) + 1;
    nextOrder.set(parent, n + 1);
    return n;
  };
  const used = new Set<string>();
  const matched: Matched<CodeId>[] = [];
  const added: Code[] = [];
  for (const { code: t } of codeTree(s.codes)) {
    const byId = ourById.get(t.id);
    if (byId) {
      used.add(byId.id);
      ids.set(t.id, byId.id);
      matched.push({ theirs: t.id, ours: byId.id, label: byId.name, by: 'id' });
      if (nameKey(byId.name) !== nameKey(t.name)) {
        conflicts.push({ kind: 'codeRenamed', id: byId.id, ours: byId.name, theirs: t.name });
      }
      continue;
    }
    const parent = t.parentId === null ? null : (ids.get(t.parentId) ?? null);
    const siblings = children.get(parent ?? '') ?? [];
    const same = siblings.find((o) => !used.has(o.id) && nameKey(o.name) === nameKey(t.name));
    if (same) {
      used.add(same.id);
      ids.set(t.id, same.id);
      matched.push({ theirs: t.id, ours: same.id, label: same.name, by: 'path' });
      continue;
    }
    const id = make() as CodeId;
    ids.set(t.id, id);
    added.push({
      ...t,
      id,
      projectId: base.projectId,
      parentId: parent as CodeId | null,
      order: orderUnder(parent ?? ''),
    });
  }
  return { matched, added };
}

/** Our documents by text key, for matching the file's documents by their text. */
export function textIndex(
  base: MergeBase,
): Map<string, { id: string; title: string; key: TextKey }[]> {
  const out = new Map<string, { id: string; title: string; key: TextKey }[]>();
  for (const d of base.documents) {
    const key = textKey(d.text);
    out.set(key.key, [...(out.get(key.key) ?? []), { id: d.id, title: d.title, key }]);
  }
  return out;
}

export { sameText, textKey };
