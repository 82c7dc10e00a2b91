// Word frequency for the Analysis view's Words tab: texts read the way the search reads them
// (shared/search/load-texts.ts), 20 documents at a time and let go once counted, so a large
// project is never held twice; codings from the in-memory coding index.
import { useEffect, useMemo, useState } from 'react';
import {
  scopeSegments,
  WordCounter,
  type WordFrequency,
  type WordScope,
  type WordText,
} from '../../shared/analysis/word-frequency';
import { errorOf, refuse, type AppError } from '../../shared/errors';
import type { CodeId, DocumentId } from '../../shared/model';
import type { Coding } from '../../shared/model/types';
import { originalText, type IndexedText } from '../../shared/search/indexed-text';
import { documentTextLoader } from '../../shared/search/load-texts';
import type { LoadedText } from '../../shared/search/search-index';
import type { ReadonlyCodingIndex } from '../../shared/store/coding-index';
import { getDb } from '../data/database';
import { coderIdsOf, type CoderChoice } from './use-coder-filter';
import { useAnalysisScope } from './use-analysis-scope';
import { useProjectState } from './use-project-store';

export type WordFrequencyState =
  | { readonly status: 'counting'; readonly done: number; readonly total: number }
  | { readonly status: 'done'; readonly result: WordFrequency }
  | { readonly status: 'error'; readonly error: AppError };

// Documents per read and count: about 100k words of interviews, tens of ms a task.
const CHUNK = 20;

/** A loaded row as a text: the loader may hand back a text or the search's indexed form. */
export function toWordText(row: LoadedText | IndexedText): WordText {
  if ('key' in row) return { id: row.id, text: originalText(row), searchText: row.key };
  return row;
}

/** The code and every code under it. */
function codeFamily(codes: readonly { id: CodeId; parentId: CodeId | null }[], root: CodeId) {
  const out = new Set<CodeId>([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of codes) {
      if (c.parentId !== null && out.has(c.parentId) && !out.has(c.id)) {
        out.add(c.id);
        grew = true;
      }
    }
  }
  return out;
}

function codingsOf(
  index: ReadonlyCodingIndex,
  family: ReadonlySet<CodeId>,
  coder: CoderChoice,
): Coding[] {
  const all = [...family].flatMap((id) => index.byCode(id));
  const coders = coderIdsOf(coder);
  return coders ? all.filter((c) => coders.has(c.coderId)) : all;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Counts the words of `scope` (stop keys in `stop` left out), again when the scope, the stop
 * list, the documents or the codings change.
 */
export function useWordFrequency(
  scope: WordScope,
  stop: ReadonlySet<string>,
  /** Whose passages count in a code's scope ('' : all coders); texts do not depend on it. */
  coder: CoderChoice = '',
): WordFrequencyState {
  const state = useProjectState();
  const { codes, codings, codingCount } = state;
  // Only the documents of the report's document set, when one is chosen (issue 13.4).
  const { documents, setId } = useAnalysisScope();
  const [result, setResult] = useState<{ key: string; value: WordFrequencyState } | null>(null);
  const scopeKey =
    scope.kind === 'project'
      ? 'project'
      : scope.kind === 'documents'
        ? `documents:${scope.documentIds.join(',')}`
        : scope.kind === 'code'
          ? `code:${scope.codeId}:${coder}`
          : `coded:${coder}`;
  const stopKey = useMemo(() => [...stop].join('\u0000'), [stop]);
  const key = `${scopeKey}\u0001${stopKey}\u0001${setId ?? ''}\u0001${documents.length}\u0001${codingCount}`;

  const plan = useMemo(() => {
    if (scope.kind !== 'code') {
      const wanted = scope.kind === 'documents' ? new Set(scope.documentIds) : null;
      return {
        ids: documents.map((d) => d.id).filter((id) => !wanted || wanted.has(id)),
        codings: [],
      };
    }
    const family =
      scope.kind === 'code' ? codeFamily(codes, scope.codeId) : new Set(codes.map((c) => c.id));
    const passages = codingsOf(codings, family, coder);
    const inScope = new Set(passages.map((c) => c.documentId));
    return { ids: documents.map((d) => d.id).filter((id) => inScope.has(id)), codings: passages };
    // `key` stands for the scope, the documents and the codings.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, documents]);

  useEffect(() => {
    let cancelled = false;
    const load = documentTextLoader(getDb());
    const counter = new WordCounter(stop);
    void (async () => {
      try {
        for (let i = 0; i < plan.ids.length; i += CHUNK) {
          const ids: DocumentId[] = plan.ids.slice(i, i + CHUNK);
          // The loader may return more than asked (every key of a pack it read): only these.
          const asked = new Set<DocumentId>(ids);
          const rows = (await load(ids)).filter((r) => asked.has(r.id)).map(toWordText);
          if (cancelled) return;
          counter.add(scopeSegments(scope, rows, codes, plan.codings));
          setResult({
            key,
            value: { status: 'counting', done: i + ids.length, total: plan.ids.length },
          });
          await nextTask();
          if (cancelled) return;
        }
        setResult({ key, value: { status: 'done', result: counter.result() } });
      } catch (e) {
        if (cancelled) return;
        const detail = e instanceof Error ? e.message : String(e);
        setResult({
          key,
          value: { status: 'error', error: errorOf(refuse('words.textsUnreadable', { detail })) },
        });
      }
    })();
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [plan]);

  return result?.key === key
    ? result.value
    : { status: 'counting', done: 0, total: plan.ids.length };
}
