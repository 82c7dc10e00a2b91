// MAXQDA's activation for the workspace: which codes and documents are activated (per project,
// kept in the settings table like the layout, so a reload finds them again), and the retrieved
// segments that follow from them through the retrieval hook (shared/analysis/retrieval.ts over
// the in-memory coding index).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { codeTree } from '../../shared/analysis/code-tree';
import { getSetting, setSetting } from '../../shared/db/settings-repo';
import type { CodeId, DocumentId, ProjectId } from '../../shared/model';
import { getDb } from '../data/database';
import {
  activationQuery,
  NO_ACTIVATION,
  parseActivation,
  pruneActivation,
  serializeActivation,
  toggleIn,
  type Activation,
} from '../workspace/segments/activation';
import { useProjectState } from './use-project-store';
import { useReportOptions } from './use-report-options';
import { documentsInScope } from './use-sets';
import { useRetrieval, type RetrievalQuery, type RetrievalRow } from './use-retrieval';

export interface ActivationState {
  readonly activation: Activation;
  readonly toggleCode: (id: CodeId) => void;
  readonly toggleDocument: (id: DocumentId) => void;
  readonly setDocuments: (ids: readonly DocumentId[]) => void;
  readonly setCodes: (ids: readonly CodeId[]) => void;
}

export const activationKey = (projectId: ProjectId) => `workspace.activation.${projectId}`;

const SAVE_DELAY_MS = 250;

export function useActivation(): ActivationState {
  const { codes, documents, project } = useProjectState();
  // `changed`: made here (to be kept), not just read from the settings.
  const [raw, setRaw] = useState<{
    id: ProjectId;
    activation: Activation;
    changed: boolean;
  } | null>(null);
  const live = useRef({ codes, documents });
  useEffect(() => {
    live.current = { codes, documents };
  });
  const projectId = project.id;

  useEffect(() => {
    let cancelled = false;
    const ids = <T extends { id: string }>(xs: readonly T[]) =>
      new Set<string>(xs.map((x) => x.id));
    void getSetting(getDb(), activationKey(projectId)).then(
      (stored) => {
        if (cancelled) return;
        const { codes: c, documents: d } = live.current;
        const activation = parseActivation(stored, ids(c), ids(d));
        // A choice made while the stored one was being read wins.
        setRaw((prev) =>
          prev?.id === projectId ? prev : { id: projectId, activation, changed: false },
        );
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [projectId]);

  const current = raw?.id === projectId ? raw.activation : null;
  const changed = raw?.id === projectId && raw.changed;

  const setActivation = useCallback(
    (change: (a: Activation) => Activation) =>
      setRaw((prev) => ({
        id: projectId,
        activation: change(prev?.id === projectId ? prev.activation : NO_ACTIVATION),
        changed: true,
      })),
    [projectId],
  );
  // Deleted codes and documents leave the activation (else the segments would name a ghost).
  const activation = useMemo(
    () =>
      pruneActivation(
        current ?? NO_ACTIVATION,
        new Set(codes.map((c) => c.id)),
        new Set(documents.map((d) => d.id)),
      ),
    [current, codes, documents],
  );
  // Every change is kept (debounced: a row of clicks is one write).
  useEffect(() => {
    if (!current || !changed) return;
    const timer = setTimeout(() => {
      void setSetting(getDb(), activationKey(projectId), serializeActivation(activation)).catch(
        () => undefined, // A convenience only: the activation is simply not remembered.
      );
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [current, activation, changed, projectId]);

  const toggleCode = useCallback(
    (id: CodeId) => setActivation((a) => ({ ...a, codes: toggleIn(a.codes, id) })),
    [setActivation],
  );
  const toggleDocument = useCallback(
    (id: DocumentId) => setActivation((a) => ({ ...a, documents: toggleIn(a.documents, id) })),
    [setActivation],
  );
  const setDocuments = useCallback(
    (ids: readonly DocumentId[]) => setActivation((a) => ({ ...a, documents: new Set(ids) })),
    [setActivation],
  );
  const setCodes = useCallback(
    (ids: readonly CodeId[]) => setActivation((a) => ({ ...a, codes: new Set(ids) })),
    [setActivation],
  );
  return { activation, toggleCode, toggleDocument, setDocuments, setCodes };
}

/**
 * The retrieved segments of an activation: activated codes within activated documents, and of
 * those only the documents of the chosen set (the shared set scope of the report and charts).
 */
export function useActivatedSegments(activation: Activation): {
  readonly rows: readonly RetrievalRow[];
  readonly loadingTexts: boolean;
} {
  const state = useProjectState();
  const { setId } = useReportOptions();
  const tree = useMemo(() => codeTree(state.codes), [state.codes]);
  const q = useMemo(() => activationQuery(tree, activation), [tree, activation]);
  const scope = useMemo(
    () => (setId ? new Set<string>(documentsInScope(state, setId).map((d) => d.id)) : null),
    // Members change with the sets, the documents and the cases only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [setId, state.sets, state.documents, state.cases],
  );
  const query = useMemo<RetrievalQuery>(
    () => ({
      codeIds: q.codeIds,
      mode: q.mode,
      includeSubcodes: q.includeSubcodes,
      caseFilter: null,
      // The retrieval reads only these documents' codings (and so only their texts).
      documentIds: scope
        ? new Set([...q.documentIds].filter((id) => scope.has(id)))
        : q.documentIds,
    }),
    [q, scope],
  );
  return useRetrieval(query);
}
