// Which documents a set holds, and limiting document-keyed data to a set (issue 13.4). Pure:
// plain arrays in, plain arrays out, so the app, the report, the CLI and the exports agree.
import type { DocumentId } from '../model/ids';
import type { DocumentSet, SetRule } from '../model/sets';
import type { Attribute, AttributeValue, Case, DocumentMeta } from '../model/types';
import { normalizeForSearch } from '../text/persian';
import { refuse } from '../errors';
import { ok, type ProjectSnapshot, type Result } from '../model/snapshot';

/**
 * The form two values are compared in: "۱۴۰۳" typed in a rule matches 1403 stored as a number,
 * Arabic ي/ك match Persian ی/ک, case and surrounding spaces do not matter (the search's own
 * normalization, shared/text/persian.ts).
 */
export function ruleValueKey(v: AttributeValue | string | number): string {
  if (v === null) return '';
  return normalizeForSearch(String(v)).replace(/\s+/g, ' ').trim();
}

/** Whether a case's values satisfy the rule (a document without a case satisfies no condition). */
export function caseMatchesRule(
  values: Readonly<Record<string, AttributeValue>> | undefined,
  rule: SetRule,
): boolean {
  const holds = rule.conditions.map((c) => {
    const v = values?.[c.attributeId];
    if (v === undefined || v === null) return false;
    const key = ruleValueKey(v);
    return c.values.some((w) => ruleValueKey(w) === key);
  });
  if (holds.length === 0) return false;
  return rule.match === 'any' ? holds.some(Boolean) : holds.every(Boolean);
}

/**
 * The documents of `documents` that are in the set, in the order of `documents`. A manual set's
 * ids that name no document (deleted since) are left out; a rule set is computed from the
 * documents' cases now. `attributes` is accepted for callers that hold it; matching is by value.
 */
export function documentsInSet<D extends Pick<DocumentMeta, 'id' | 'caseId'>>(
  set: Pick<DocumentSet, 'kind' | 'documentIds' | 'rule'>,
  documents: readonly D[],
  cases: readonly Pick<Case, 'id' | 'values'>[],
  _attributes?: readonly Attribute[],
): D[] {
  if (set.kind === 'manual') {
    const members = new Set<string>(set.documentIds);
    return documents.filter((d) => members.has(d.id));
  }
  const rule = set.rule;
  if (!rule) return [];
  const byId = new Map(cases.map((c) => [c.id as string, c.values]));
  return documents.filter((d) => d.caseId !== null && caseMatchesRule(byId.get(d.caseId), rule));
}

/** The ids of documentsInSet, as a Set for filtering codings, rows and the like. */
export function documentIdsInSet(
  set: Pick<DocumentSet, 'kind' | 'documentIds' | 'rule'>,
  documents: readonly Pick<DocumentMeta, 'id' | 'caseId'>[],
  cases: readonly Pick<Case, 'id' | 'values'>[],
): Set<DocumentId> {
  return new Set(documentsInSet(set, documents, cases).map((d) => d.id));
}

/**
 * The distinct values the cases hold for an attribute, sorted: what a rule editor offers. The
 * first spelling met of each normalized key is kept.
 */
export function attributeValuesInUse(
  cases: readonly Pick<Case, 'values'>[],
  attributeId: string,
): (string | number)[] {
  const seen = new Map<string, string | number>();
  for (const c of cases) {
    const v = c.values[attributeId];
    if (v === undefined || v === null || v === '') continue;
    const key = ruleValueKey(v);
    if (!seen.has(key)) seen.set(key, v);
  }
  return [...seen.values()].sort((a, b) =>
    String(a).localeCompare(String(b), undefined, { numeric: true }),
  );
}

/**
 * The project limited to one set's documents: its documents, their codings and the memos on
 * them; codes, cases and the rest stay. What `mazmun report --set` and exports compute from, so
 * every count agrees with the app's report limited to the same set.
 */
export function snapshotInSet(
  snapshot: ProjectSnapshot,
  set: Pick<DocumentSet, 'kind' | 'documentIds' | 'rule'>,
): ProjectSnapshot {
  const documents = documentsInSet(set, snapshot.documents, snapshot.cases);
  const ids = new Set<string>(documents.map((d) => d.id));
  return {
    ...snapshot,
    documents,
    codings: snapshot.codings.filter((c) => ids.has(c.documentId)),
    memos: snapshot.memos.filter((m) => m.target.kind !== 'document' || ids.has(m.target.id)),
  };
}

/** snapshotInSet for a set id: the whole snapshot when there is no id or no such set. */
export function snapshotInSetId(
  snapshot: ProjectSnapshot,
  setId: string | null | undefined,
): ProjectSnapshot {
  const set = setId ? snapshot.sets?.find((s) => s.id === setId) : undefined;
  return set ? snapshotInSet(snapshot, set) : snapshot;
}

/** The set of the snapshot with this name (trimmed, Persian-aware), or a refusal naming it. */
export function setNamed(snapshot: ProjectSnapshot, name: string): Result<DocumentSet> {
  const key = ruleValueKey(name);
  const found = (snapshot.sets ?? []).find((s) => ruleValueKey(s.name) === key);
  return found ? ok(found) : refuse('sets.unknownSet', { name });
}
