// Rows <-> domain types. Reading is defensive: a field missing or unknown (a row written by
// another app version) falls back to a safe default instead of crashing the UI.
import { asId } from '../model/ids';
import type {
  Attribute,
  AttributeType,
  Calendar,
  Case,
  Code,
  Coder,
  Coding,
  Direction,
  Document,
  DocumentMeta,
  Memo,
  MemoTarget,
  Project,
} from '../model/types';
import { normalizeForSearch } from '../text/persian';
import type {
  AttributeRow,
  CaseRow,
  CodeRow,
  CoderRow,
  CodingRow,
  DocumentRow,
  DocumentTextRow,
  MemoRow,
  ProjectRow,
} from './rows';

const DIRECTIONS: readonly Direction[] = ['rtl', 'ltr', 'auto'];
const ATTRIBUTE_TYPES: readonly AttributeType[] = ['text', 'number', 'category', 'year'];
const CALENDARS: readonly Calendar[] = ['gregorian', 'solar-hijri'];

/** A stored origin (string values only, anything else dropped), as a spreadable field. */
export function originField(raw: unknown): { origin?: Record<string, string> } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (typeof v === 'string') out[k] = v;
  return Object.keys(out).length > 0 ? { origin: out } : {};
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

export function rowToProject(r: ProjectRow): Project {
  return {
    id: asId<'ProjectId'>(r.id),
    name: r.name,
    description: r.description ?? '',
    language: r.language ?? '',
    createdAt: r.createdAt,
    updatedAt: r.updatedAt ?? r.createdAt,
    ...originField(r.origin),
  };
}

export function projectToRow(p: Project): ProjectRow {
  return { ...p };
}

export function rowToDocumentMeta(r: DocumentRow): DocumentMeta {
  return {
    id: asId<'DocumentId'>(r.id),
    projectId: asId<'ProjectId'>(r.projectId),
    title: r.title,
    caseId: r.caseId ? asId<'CaseId'>(r.caseId) : null,
    direction: oneOf(r.direction, DIRECTIONS, 'auto'),
    createdAt: r.createdAt,
    length: r.length,
    ...(typeof r.label === 'string' && r.label ? { label: r.label } : {}),
    ...originField(r.origin),
  };
}

export function rowsToDocument(r: DocumentRow, t: DocumentTextRow): Document {
  const { length: _length, ...meta } = rowToDocumentMeta(r);
  return { ...meta, text: t.text };
}

export function documentToRows(d: Document): { meta: DocumentRow; text: DocumentTextRow } {
  return {
    meta: {
      id: d.id,
      projectId: d.projectId,
      title: d.title,
      caseId: d.caseId,
      direction: d.direction,
      createdAt: d.createdAt,
      length: d.text.length,
      ...(d.label ? { label: d.label } : {}),
      ...originField(d.origin),
    },
    text: {
      id: d.id,
      projectId: d.projectId,
      text: d.text,
      searchText: normalizeForSearch(d.text),
    },
  };
}

/** Strips the text: what the in-memory store keeps of a document. */
export function documentToMeta(d: Document): DocumentMeta {
  const { text, ...rest } = d;
  return { ...rest, length: text.length };
}

export function rowToCase(r: CaseRow): Case {
  return {
    id: asId<'CaseId'>(r.id),
    projectId: asId<'ProjectId'>(r.projectId),
    name: r.name,
    description: r.description ?? '',
    values: { ...(r.values ?? {}) },
    ...originField(r.origin),
  };
}

export function caseToRow(c: Case): CaseRow {
  return { ...c, values: { ...c.values } };
}

export function rowToAttribute(r: AttributeRow): Attribute {
  const type = oneOf(r.type, ATTRIBUTE_TYPES, 'text');
  return {
    id: asId<'AttributeId'>(r.id),
    projectId: asId<'ProjectId'>(r.projectId),
    name: r.name,
    type,
    options: [...(r.options ?? [])],
    calendar: type === 'year' ? oneOf(r.calendar, CALENDARS, 'gregorian') : null,
    order: r.order ?? 0,
    ...originField(r.origin),
  };
}

export function attributeToRow(a: Attribute): AttributeRow {
  return { ...a, options: [...a.options] };
}

export function rowToCode(r: CodeRow): Code {
  return {
    id: asId<'CodeId'>(r.id),
    projectId: asId<'ProjectId'>(r.projectId),
    parentId: r.parentId ? asId<'CodeId'>(r.parentId) : null,
    name: r.name,
    description: r.description ?? '',
    whenToUse: r.whenToUse ?? '',
    whenNotToUse: r.whenNotToUse ?? '',
    example: r.example ?? '',
    color: r.color ?? '#888888',
    order: r.order ?? 0,
    ...originField(r.origin),
  };
}

export function codeToRow(c: Code): CodeRow {
  return { ...c };
}

export function rowToCoding(r: CodingRow): Coding {
  return {
    id: asId<'CodingId'>(r.id),
    projectId: asId<'ProjectId'>(r.projectId),
    documentId: asId<'DocumentId'>(r.documentId),
    codeId: asId<'CodeId'>(r.codeId),
    start: r.start,
    end: r.end,
    coderId: r.coderId ? asId<'CoderId'>(r.coderId) : null,
    memo: r.memo ?? '',
    createdAt: r.createdAt,
    ...originField(r.origin),
  };
}

export function codingToRow(c: Coding): CodingRow {
  return { ...c };
}

function rowToTarget(r: MemoRow): MemoTarget {
  const id = r.targetId ?? '';
  switch (r.targetKind) {
    case 'document':
      return { kind: 'document', id: asId<'DocumentId'>(id) };
    case 'code':
      return { kind: 'code', id: asId<'CodeId'>(id) };
    case 'case':
      return { kind: 'case', id: asId<'CaseId'>(id) };
    default:
      return { kind: 'project' };
  }
}

export function rowToMemo(r: MemoRow): Memo {
  return {
    id: asId<'MemoId'>(r.id),
    projectId: asId<'ProjectId'>(r.projectId),
    target: rowToTarget(r),
    title: r.title ?? '',
    text: r.text ?? '',
    createdAt: r.createdAt,
    updatedAt: r.updatedAt ?? r.createdAt,
    ...originField(r.origin),
  };
}

export function memoToRow(m: Memo): MemoRow {
  const { target, ...rest } = m;
  return {
    ...rest,
    targetKind: target.kind,
    targetId: target.kind === 'project' ? null : target.id,
  };
}

export function rowToCoder(r: CoderRow): Coder {
  return {
    id: asId<'CoderId'>(r.id),
    projectId: asId<'ProjectId'>(r.projectId),
    name: r.name,
    ...originField(r.origin),
  };
}

export function coderToRow(c: Coder): CoderRow {
  return { ...c };
}
