// What merging another coder's work will do, as plain data: the preview shows it, the repository
// writes its `added` rows in one transaction (shared/db/merge-repo.ts).
import type {
  AttributeId,
  CaseId,
  CodeId,
  CoderId,
  CodingId,
  DocumentId,
  MemoId,
  ProjectId,
} from '../model/ids';
import type { Attribute, Case, Code, Coder, Coding, Document, Memo } from '../model/types';

/** The open project as the merge needs it: documents WITH their texts (for the text key). */
export interface MergeBase {
  readonly projectId: ProjectId;
  readonly documents: readonly Pick<Document, 'id' | 'title' | 'text' | 'caseId'>[];
  readonly cases: readonly Case[];
  readonly attributes: readonly Attribute[];
  readonly codes: readonly Code[];
  readonly codings: readonly Coding[];
  readonly memos: readonly Memo[];
  readonly coders: readonly Coder[];
}

/** How an incoming row found its counterpart in the open project. */
export type MatchedBy = 'id' | 'text' | 'name' | 'path' | 'document';

export interface Matched<I extends string> {
  readonly theirs: I;
  readonly ours: I;
  /** The name or title in the open project. */
  readonly label: string;
  readonly by: MatchedBy;
}

/** Something that could not be merged as it is; `kind` says what the merge did instead. */
export type MergeConflict =
  /** Same code id, another name: treated as the same code; our name is kept. */
  | {
      readonly kind: 'codeRenamed';
      readonly id: CodeId;
      readonly ours: string;
      readonly theirs: string;
    }
  /** Same document id, another text: brought in as a different document. */
  | { readonly kind: 'documentTextDiffers'; readonly id: DocumentId; readonly title: string }
  /** Same attribute (by id or name), another type: their values of it are left out. */
  | { readonly kind: 'attributeTypeDiffers'; readonly id: AttributeId; readonly name: string }
  /** A coding whose document or code is not in the file, or whose range lies outside the text: left out. */
  | {
      readonly kind: 'codingUnmatched';
      readonly id: CodingId;
      readonly reason: 'document' | 'code' | 'range';
    }
  /** A coding with one of our coding ids but another document, code, range or coder: ours is kept. */
  | { readonly kind: 'codingChanged'; readonly id: CodingId }
  /** A memo on a document, code or case that is not in the file: left out. */
  | { readonly kind: 'memoUnmatched'; readonly id: MemoId; readonly title: string };

export interface MergePlan {
  readonly projectId: ProjectId;
  /** The name of the project the file holds. */
  readonly sourceName: string;
  readonly documents: {
    readonly matched: readonly Matched<DocumentId>[];
    readonly added: readonly Document[];
  };
  readonly codes: { readonly matched: readonly Matched<CodeId>[]; readonly added: readonly Code[] };
  readonly coders: {
    readonly matched: readonly Matched<CoderId>[];
    readonly added: readonly Coder[];
  };
  readonly attributes: {
    readonly matched: readonly Matched<AttributeId>[];
    readonly added: readonly Attribute[];
  };
  readonly cases: { readonly matched: readonly Matched<CaseId>[]; readonly added: readonly Case[] };
  readonly codings: {
    readonly added: readonly Coding[];
    /** Codings identical (document, code, range, coder) to one already here: not duplicated. */
    readonly alreadyHere: number;
  };
  readonly memos: { readonly added: readonly Memo[]; readonly alreadyHere: number };
  readonly conflicts: readonly MergeConflict[];
}

/** Number of rows the merge would write. */
export function mergeRowCount(p: MergePlan): number {
  return (
    p.documents.added.length +
    p.codes.added.length +
    p.coders.added.length +
    p.attributes.added.length +
    p.cases.added.length +
    p.codings.added.length +
    p.memos.added.length
  );
}
