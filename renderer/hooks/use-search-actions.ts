import { useCallback } from 'react';
import { toCsv } from '../../shared/export';
import type { CodeId } from '../../shared/model';
import { refuse } from '../../shared/errors';
import { ok, type Result } from '../../shared/model/snapshot';
import { planAutoCoding } from '../../shared/search/auto-code';
import { type HitColumns, hitsTable } from '../../shared/search/hits-table';
import type { SearchResult } from '../../shared/search/search-index';
import { getPlatform, type SaveOutcome } from '../platform/bridge';
import { useProjectStore } from './use-project-store';
import { useSearchIndex } from './use-search-index';
import type { TextSearchQuery } from './use-search';

export type CodeTarget = { readonly codeId: CodeId } | { readonly newName: string };

export interface AutoCodingOutcome {
  readonly added: number;
  readonly skipped: number;
  readonly codeName: string;
}

export interface SearchActions {
  /** Codes every hit of the query (not only those shown) in ONE store command: one undo step. */
  readonly codeAll: (
    query: TextSearchQuery,
    target: CodeTarget,
  ) => Promise<Result<AutoCodingOutcome>>;
  /** Saves every hit with its context as CSV through the platform's save dialog. */
  readonly exportCsv: (
    query: TextSearchQuery,
    columns: HitColumns,
    fileName: string,
  ) => Promise<Result<SaveOutcome & { readonly rows: number }>>;
}

export function useSearchActions(): SearchActions {
  const store = useProjectStore();
  const { index } = useSearchIndex();

  const everyHit = useCallback(
    (query: TextSearchQuery, contextChars: number): Promise<Result<SearchResult>> =>
      index.search(query.text, {
        mode: query.mode,
        wholeWord: query.wholeWord,
        documentIds: query.documentIds,
        maxHits: Number.POSITIVE_INFINITY,
        contextChars,
      }),
    [index],
  );

  const codeAll = useCallback<SearchActions['codeAll']>(
    async (query, target) => {
      const found = await everyHit(query, 0);
      if (!found.ok) return found;
      if (!('codeId' in target)) {
        // A new code and all its codings: one transaction, one undo step.
        // A code made now has no codings yet: only hits repeated in the list are skipped.
        const plan = planAutoCoding(found.data.hits, '' as CodeId, () => []);
        const made = await store.createCodeAndApply(
          { name: target.newName },
          plan.add.map(({ codeId: _unused, ...passage }) => passage),
        );
        if (!made.ok) return made;
        return ok({ added: plan.add.length, skipped: plan.skipped, codeName: made.data.code.name });
      }
      const code = store.getState().codes.find((c) => c.id === target.codeId);
      if (!code) return refuse('store.codeGone');
      const codings = store.getState().codings;
      const plan = planAutoCoding(found.data.hits, code.id, (d) => codings.byDocument(d));
      if (plan.add.length > 0) {
        const r = await store.addCodings(plan.add);
        if (!r.ok) return r;
      }
      const codeName = code.name;
      return ok({ added: plan.add.length, skipped: plan.skipped, codeName });
    },
    [store, everyHit],
  );

  const exportCsv = useCallback<SearchActions['exportCsv']>(
    async (query, columns, fileName) => {
      const found = await everyHit(query, 60);
      if (!found.ok) return found;
      const titles = new Map(store.getState().documents.map((d) => [d.id, d.title]));
      const table = hitsTable(found.data.hits, (id) => titles.get(id) ?? '', columns);
      const saved = await getPlatform().saveFile(fileName, toCsv(table), [
        { name: 'CSV', extensions: ['csv'] },
      ]);
      return saved.ok ? ok({ ...saved.data, rows: table.rows.length }) : saved;
    },
    [store, everyHit],
  );

  return { codeAll, exportCsv };
}
