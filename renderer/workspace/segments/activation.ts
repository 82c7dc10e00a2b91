// MAXQDA's activation as plain values: the researcher activates codes and documents, and the
// retrieved segments are the codings of the activated codes in the activated documents. The
// query is handed to shared/analysis/retrieval.ts (through the retrieval hook in the app).
import type { TreeNode } from '../../../shared/analysis/code-tree';
import type { CodeId, DocumentId } from '../../../shared/model';

export interface Activation {
  readonly codes: ReadonlySet<CodeId>;
  readonly documents: ReadonlySet<DocumentId>;
}

export const NO_ACTIVATION: Activation = { codes: new Set(), documents: new Set() };

/** Activates an inactive item or deactivates an active one. */
export function toggleIn<T>(set: ReadonlySet<T>, id: T): Set<T> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}

/**
 * The retrieval query of an activation: the activated codes in codebook order (so segments list
 * codes as the code system shows them), OR-combined, each code for itself (a code's sub-codes are
 * activated on their own, as in MAXQDA), and the activated documents. Empty codes or documents:
 * nothing is retrieved.
 */
export function activationQuery(
  tree: readonly TreeNode[],
  activation: Activation,
): {
  readonly codeIds: readonly CodeId[];
  readonly documentIds: ReadonlySet<DocumentId>;
  readonly mode: 'or';
  readonly includeSubcodes: false;
} {
  const none = activation.documents.size === 0;
  const codeIds = none ? [] : tree.map((n) => n.code.id).filter((id) => activation.codes.has(id));
  return { codeIds, documentIds: activation.documents, mode: 'or', includeSubcodes: false };
}

/** Drops activated ids that no longer exist (a code or document deleted meanwhile). */
export function pruneActivation(
  activation: Activation,
  codeIds: ReadonlySet<string>,
  documentIds: ReadonlySet<string>,
): Activation {
  const codes = [...activation.codes].filter((id) => codeIds.has(id));
  const documents = [...activation.documents].filter((id) => documentIds.has(id));
  if (codes.length === activation.codes.size && documents.length === activation.documents.size) {
    return activation;
  }
  return { codes: new Set(codes), documents: new Set(documents) };
}

/** The activation as one settings value (ids in a stable order, so equal activations match). */
export function serializeActivation(activation: Activation): string {
  return JSON.stringify({
    codes: [...activation.codes].sort(),
    documents: [...activation.documents].sort(),
  });
}

/**
 * A stored activation read back, keeping only ids that still exist (a code or document deleted
 * since, or a value written by another version, is dropped rather than retrieved as a ghost).
 * Anything unreadable: nothing activated.
 */
export function parseActivation(
  raw: unknown,
  codeIds: ReadonlySet<string>,
  documentIds: ReadonlySet<string>,
): Activation {
  if (typeof raw !== 'string') return NO_ACTIVATION;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return NO_ACTIVATION;
  }
  if (!data || typeof data !== 'object') return NO_ACTIVATION;
  const o = data as Record<string, unknown>;
  const ids = <T extends string>(v: unknown, live: ReadonlySet<string>): Set<T> =>
    new Set(
      (Array.isArray(v) ? v : []).filter((x): x is T => typeof x === 'string' && live.has(x)),
    );
  return {
    codes: ids<CodeId>(o.codes, codeIds),
    documents: ids<DocumentId>(o.documents, documentIds),
  };
}
