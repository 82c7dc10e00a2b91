// The coder-agreement tab limited to a document set (issue 13.4), pure: the documents the tab
// compares (the set's, with their texts) and the codings on them. `mazmun agreement --set` reaches
// the same input through snapshotInSet; both select with documentsInSet and compute with
// computeAgreement, so the tab and the CLI give the same figures (agreement-scope.test.ts).
import {
  computeAgreement,
  prepareDocuments,
  type AgreementResult,
  type PreparedDocument,
} from '../../shared/analysis/agreement';
import {
  computeUnitAlpha,
  type AlphaUnitKind,
  type UnitAlphaResult,
} from '../../shared/analysis/agreement-units';
import type { Code, CoderId, DocumentId } from '../../shared/model';
import type { AnalysisScope } from './analysis-scope';

/** The scope's documents with their texts, ready for agreement ('' for a text not read yet). */
export function preparedInScope(
  scope: Pick<AnalysisScope, 'documents'>,
  texts: ReadonlyMap<DocumentId, string>,
): PreparedDocument[] {
  return prepareDocuments(
    scope.documents.map((d) => ({ id: d.id, title: d.title, text: texts.get(d.id) ?? '' })),
  );
}

/** Two coders' agreement over the documents in scope, from the codings on them. */
export function agreementInScope(input: {
  readonly codes: readonly Code[];
  readonly scope: Pick<AnalysisScope, 'codings'>;
  readonly documents: readonly PreparedDocument[];
  readonly coderA: CoderId;
  readonly coderB: CoderId;
}): AgreementResult {
  return computeAgreement({
    codes: input.codes,
    documents: input.documents,
    codings: input.scope.codings(),
    coderA: input.coderA,
    coderB: input.coderB,
  });
}

/** Krippendorff's alpha of the coders over the units of the documents in scope. */
export function unitAlphaInScope(input: {
  readonly codes: readonly Code[];
  readonly scope: Pick<AnalysisScope, 'codings'>;
  readonly documents: readonly PreparedDocument[];
  readonly coders: readonly CoderId[];
  readonly unit: AlphaUnitKind;
}): UnitAlphaResult {
  return computeUnitAlpha({
    codes: input.codes,
    documents: input.documents,
    codings: input.scope.codings(),
    coders: input.coders,
    unit: input.unit,
  });
}
