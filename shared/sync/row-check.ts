// What a row received from the server must be before it touches this machine's database: the
// server is shared with other people, so a document may name another local project, have any
// shape, or carry a coding range outside its text. The same rules as shared/db/snapshot-check.ts
// (the project's rows, ranges inside the text), applied one row at a time.
import type { ChangeTable } from '../db/changes';

export interface RowCheckContext {
  readonly projectId: string;
  /** The length of a document's text, or undefined when the document is not known yet. */
  readonly textLength: (documentId: string) => number | undefined;
}

type Obj = Record<string, unknown>;
const str = (v: unknown) => typeof v === 'string';
const strOrNull = (v: unknown) => v === null || typeof v === 'string';
const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const strings = (v: unknown) => Array.isArray(v) && v.every(str);
const obj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Field checks per table: each names the fields a row of that table cannot do without. */
const SHAPES: Record<ChangeTable, (r: Obj) => boolean> = {
  documents: (r) => str(r.title) && strOrNull(r.caseId) && num(r.length) && num(r.createdAt),
  documentTexts: (r) => str(r.text),
  cases: (r) => str(r.name) && str(r.description) && obj(r.values),
  attributes: (r) =>
    str(r.name) && str(r.type) && strings(r.options) && strOrNull(r.calendar) && num(r.order),
  codes: (r) =>
    str(r.name) &&
    strOrNull(r.parentId) &&
    str(r.color) &&
    num(r.order) &&
    str(r.description) &&
    str(r.whenToUse) &&
    str(r.whenNotToUse) &&
    str(r.example),
  coders: (r) => str(r.name),
  memos: (r) => str(r.title) && str(r.text) && obj(r.target) && str(r.target.kind),
  sets: (r) => str(r.name) && str(r.kind) && strings(r.documentIds),
  codings: (r) =>
    str(r.documentId) &&
    str(r.codeId) &&
    Number.isInteger(r.start) &&
    Number.isInteger(r.end) &&
    strOrNull(r.coderId) &&
    str(r.memo) &&
    num(r.createdAt),
};

/** Why `row` may not be written as row `id` of `table`, or null when it may. */
export function rowProblem(
  table: ChangeTable,
  id: string,
  row: unknown,
  ctx: RowCheckContext,
): string | null {
  if (!obj(row)) return 'not a row';
  if (row.id !== id) return 'row id differs from the document id';
  if (row.projectId !== ctx.projectId) return 'row of another project';
  if (!SHAPES[table](row)) return `not a ${table} row`;
  if (table === 'codings') {
    const start = row.start as number;
    const end = row.end as number;
    // An unknown document is the orphan rule's case (held until it arrives), not a bad range.
    const len = ctx.textLength(row.documentId as string);
    if (!(start >= 0 && end > start && (len === undefined || end <= len)))
      return 'coding range outside its document';
  }
  return null;
}
