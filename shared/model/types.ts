import type {
  AttributeId,
  CaseId,
  CodeId,
  CoderId,
  CodingId,
  DocumentId,
  MemoId,
  ProjectId,
} from './ids';

/**
 * What another program wrote about an item that Mazmun has no field for (REFI-QDA attributes
 * such as creatingUser or modifiedDateTime, a selection's GUID, a variable's declared type), kept
 * on import so that an export gives it back unchanged. The keys are listed in
 * shared/exchange/origin.ts. Absent on items made in Mazmun.
 */
export type ExchangeOrigin = Readonly<Record<string, string>>;

/** Interface and text direction. 'auto' lets each paragraph decide (dir="auto"). */
export type Direction = 'rtl' | 'ltr' | 'auto';

export interface Project {
  readonly id: ProjectId;
  readonly name: string;
  readonly description: string;
  /** The main language of the material, e.g. 'fa' or 'en'; drives defaults such as RTL exports. */
  readonly language: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly origin?: ExchangeOrigin;
}

export interface Document {
  readonly id: DocumentId;
  readonly projectId: ProjectId;
  readonly title: string;
  /** Plain text; every coding offset is a UTF-16 index into it (see shared/text/offsets). */
  readonly text: string;
  readonly direction: Direction;
  readonly caseId: CaseId | null;
  readonly createdAt: number;
  readonly origin?: ExchangeOrigin;
  /** The source label a researcher set (shared/analysis/source-labels.ts); absent: the default. */
  readonly label?: string;
}

/** A document without its text: what lists and counts need (texts live in their own table). */
export type DocumentMeta = Omit<Document, 'text'> & { readonly length: number };

export type AttributeType = 'text' | 'number' | 'category' | 'year';
/** Years may be Gregorian or Solar Hijri (the Iranian calendar: 1400, 1403). */
export type Calendar = 'gregorian' | 'solar-hijri';

export interface Attribute {
  readonly id: AttributeId;
  readonly projectId: ProjectId;
  readonly name: string;
  readonly type: AttributeType;
  /** Allowed values of a 'category' attribute, in display order. */
  readonly options: readonly string[];
  /** Only for 'year'. */
  readonly calendar: Calendar | null;
  readonly order: number;
  readonly origin?: ExchangeOrigin;
}

export type AttributeValue = string | number | null;

export interface Case {
  readonly id: CaseId;
  readonly projectId: ProjectId;
  readonly name: string;
  readonly description: string;
  readonly values: Readonly<Record<string, AttributeValue>>; // keyed by AttributeId
  readonly origin?: ExchangeOrigin;
}

export interface Code {
  readonly id: CodeId;
  readonly projectId: ProjectId;
  readonly parentId: CodeId | null;
  readonly name: string;
  /** Definition, when to use, when not, example: a codebook entry, free text or structured below. */
  readonly description: string;
  readonly whenToUse: string;
  readonly whenNotToUse: string;
  readonly example: string;
  /** #rrggbb */
  readonly color: string;
  /** Position among siblings. */
  readonly order: number;
  readonly origin?: ExchangeOrigin;
}

export interface Coding {
  readonly id: CodingId;
  readonly projectId: ProjectId;
  readonly documentId: DocumentId;
  readonly codeId: CodeId;
  /** UTF-16 offsets into Document.text, start inclusive, end exclusive; never split a character. */
  readonly start: number;
  readonly end: number;
  readonly coderId: CoderId | null;
  readonly memo: string;
  readonly createdAt: number;
  readonly origin?: ExchangeOrigin;
}

export type MemoTarget =
  | { readonly kind: 'project' }
  | { readonly kind: 'document'; readonly id: DocumentId }
  | { readonly kind: 'code'; readonly id: CodeId }
  | { readonly kind: 'case'; readonly id: CaseId };

export interface Memo {
  readonly id: MemoId;
  readonly projectId: ProjectId;
  readonly target: MemoTarget;
  readonly title: string;
  readonly text: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly origin?: ExchangeOrigin;
}

export interface Coder {
  readonly id: CoderId;
  readonly projectId: ProjectId;
  readonly name: string;
  readonly origin?: ExchangeOrigin;
}
