// MAXQDA's activation for the workspace: which codes and documents are activated (per project,
// for this session), and the retrieved segments that follow from them through the retrieval hook
// (shared/analysis/retrieval.ts over the in-memory coding index).
import { useCallback, useMemo, useState } from 'react';
import { codeTree } from '../../shared/analysis/code-tree';
import type { CodeId, DocumentId } from '../../shared/model';
import {
  activationQuery,
  NO_ACTIVATION,
  pruneActivation,
  toggleIn,
  type Activation,
} from '../workspace/segments/activation';
import { useProjectState } from './use-project-store';
import { useRetrieval, type RetrievalQuery, type RetrievalRow } from './use-retrieval';

export interface ActivationState {
  readonly activation: Activation;
  readonly toggleCode: (id: CodeId) => void;
  readonly toggleDocument: (id: DocumentId) => void;
  readonly setDocuments: (ids: readonly DocumentId[]) => void;
  readonly setCodes: (ids: readonly CodeId[]) => void;
}

export function useActivation(): ActivationState {
  const { codes, documents } = useProjectState();
  const [raw, setActivation] = useState<Activation>(NO_ACTIVATION);
  // Deleted codes and documents leave the activation (else the segments would name a ghost).
  const activation = useMemo(
    () =>
      pruneActivation(raw, new Set(codes.map((c) => c.id)), new Set(documents.map((d) => d.id))),
    [raw, codes, documents],
  );
  const toggleCode = useCallback(
    (id: CodeId) => setActivation((a) => ({ ...a, codes: toggleIn(a.codes, id) })),
    [],
  );
  const toggleDocument = useCallback(
    (id: DocumentId) => setActivation((a) => ({ ...a, documents: toggleIn(a.documents, id) })),
    [],
  );
  const setDocuments = useCallback(
    (ids: readonly DocumentId[]) => setActivation((a) => ({ ...a, documents: new Set(ids) })),
    [],
  );
  const setCodes = useCallback(
    (ids: readonly CodeId[]) => setActivation((a) => ({ ...a, codes: new Set(ids) })),
    [],
  );
  return { activation, toggleCode, toggleDocument, setDocuments, setCodes };
}

/** The retrieved segments of an activation: activated codes within activated documents. */
export function useActivatedSegments(activation: Activation): {
  readonly rows: readonly RetrievalRow[];
  readonly loadingTexts: boolean;
} {
  const { codes } = useProjectState();
  const tree = useMemo(() => codeTree(codes), [codes]);
  const q = useMemo(() => activationQuery(tree, activation), [tree, activation]);
  const query = useMemo<RetrievalQuery>(
    () => ({
      codeIds: q.codeIds,
      mode: q.mode,
      includeSubcodes: q.includeSubcodes,
      caseFilter: null,
    }),
    [q],
  );
  // The retrieval hook has no document scope: its rows are narrowed here to the activated
  // documents (the texts it reads are those of documents with results of the activated codes).
  const retrieved = useRetrieval(query);
  const rows = useMemo(
    () => retrieved.rows.filter((r) => q.documentIds.has(r.document.id)),
    [retrieved.rows, q.documentIds],
  );
  return { rows, loadingTexts: retrieved.loadingTexts };
}
