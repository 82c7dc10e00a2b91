// Reads the rows the store holds now, for the `before` side of a remote change and for the
// orphan rule (shared/sync/orphans.ts). One map per table per batch, not a search per document.
import type { ChangeTable } from '../../shared/db/changes';
import type { CodingId } from '../../shared/model/ids';
import type { ProjectState } from '../../shared/store/project-store';
import type { CurrentRow } from '../../shared/sync/docs';
import type { LocalView } from '../../shared/sync/orphans';

export function rowLookup(st: ProjectState): {
  current: CurrentRow;
  view: LocalView;
  textLength: (documentId: string) => number | undefined;
} {
  const maps = new Map<ChangeTable, Map<string, { readonly id: string }>>();
  const lists: Partial<Record<ChangeTable, readonly { readonly id: string }[]>> = {
    documents: st.documents,
    cases: st.cases,
    attributes: st.attributes,
    codes: st.codes,
    memos: st.memos,
    coders: st.coders,
    sets: st.sets,
  };
  const mapOf = (t: ChangeTable) => {
    let m = maps.get(t);
    if (!m) {
      m = new Map((lists[t] ?? []).map((r) => [r.id, r]));
      maps.set(t, m);
    }
    return m;
  };
  const current: CurrentRow = (table, id) => {
    if (table === 'codings') return st.codings.get(id as CodingId);
    if (table === 'documentTexts') return mapOf('documents').has(id) ? { id } : undefined;
    return mapOf(table).get(id);
  };
  let byCode: Map<string, string[]> | null = null;
  const view: LocalView = {
    hasCode: (id) => mapOf('codes').has(id),
    hasDocument: (id) => mapOf('documents').has(id),
    codingsOfCode: (id) => {
      if (!byCode) {
        byCode = new Map();
        for (const c of st.codings.values()) {
          const l = byCode.get(c.codeId) ?? [];
          l.push(c.id);
          byCode.set(c.codeId, l);
        }
      }
      return byCode.get(id) ?? [];
    },
  };
  const textLength = (id: string) =>
    (mapOf('documents').get(id) as { length?: number } | undefined)?.length;
  return { current, view, textLength };
}
