// Checks a snapshot read from a backup file. Missing optional fields get their defaults;
// items that cannot be trusted (bad ids, codings pointing at nothing or outside the text) are
// dropped; each repair is described in `warnings` so the user knows what changed.
import { originFromUnknown } from './origin';
import { asId, isUuid } from '../model/ids';
import { refuse } from '../errors';
import { ok, type ProjectSnapshot, type Result } from '../model/snapshot';
import type {
  Attribute,
  AttributeValue,
  Case,
  Code,
  Coder,
  Coding,
  Direction,
  Document,
  Memo,
  MemoTarget,
  Project,
} from '../model/types';
import { codeForest } from './code-xml';
import { checkBackupSets } from './sets-xml-backup';

/** Absent rather than empty: a backup without sets restores as it did before sets existed. */
const setsOf = <T>(sets: T[]) => (sets.length ? { sets } : {});

type Raw = Record<string, unknown>;

function isObj(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

class Checker {
  readonly warnings = new Map<string, number>();
  warn(msg: string): void {
    this.warnings.set(msg, (this.warnings.get(msg) ?? 0) + 1);
  }
  str(o: Raw, key: string, def: string, what: string): string {
    const v = o[key];
    if (typeof v === 'string') return v;
    if (v !== undefined && v !== null) this.warn(`${what}: "${key}" was not text and was reset`);
    return def;
  }
  num(o: Raw, key: string, def: number, what: string): number {
    const v = o[key];
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    if (v !== undefined) this.warn(`${what}: "${key}" was not a number and was reset`);
    return def;
  }
  /** The list's items that are objects with a valid, unique id. */
  list(s: Raw, key: string): { id: string; o: Raw }[] {
    const v = s[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      this.warn(`"${key}" was not a list and was ignored`);
      return [];
    }
    const seen = new Set<string>();
    const out: { id: string; o: Raw }[] = [];
    for (const item of v) {
      const id = isObj(item) ? item.id : undefined;
      if (!isObj(item) || typeof id !== 'string' || !isUuid(id) || seen.has(id)) {
        this.warn(`an item of "${key}" with a missing, invalid or repeated id was dropped`);
        continue;
      }
      seen.add(id);
      out.push({ id, o: item });
    }
    return out;
  }
}

const DIRECTIONS: readonly Direction[] = ['rtl', 'ltr', 'auto'];
const TYPES: readonly Attribute['type'][] = ['text', 'number', 'category', 'year'];

function isValue(v: unknown): v is AttributeValue {
  return v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
}

export function validateSnapshot(
  raw: unknown,
): Result<{ snapshot: ProjectSnapshot; warnings: string[] }> {
  if (!isObj(raw) || !isObj(raw.project)) return refuse('exchange.backupNoProject');
  const c = new Checker();
  const p = raw.project;
  if (typeof p.id !== 'string' || !isUuid(p.id)) return refuse('exchange.backupProjectNoId');
  const projectId = asId<'ProjectId'>(p.id);
  const createdAt = c.num(p, 'createdAt', 0, 'project');
  const project: Project = {
    id: projectId,
    name: c.str(p, 'name', 'Restored project', 'project'),
    description: c.str(p, 'description', '', 'project'),
    language: c.str(p, 'language', 'fa', 'project'),
    createdAt,
    updatedAt: c.num(p, 'updatedAt', createdAt, 'project'),
    ...originFromUnknown(p.origin),
  };
  const base = { projectId };

  const attributes: Attribute[] = c.list(raw, 'attributes').map(({ id, o }, k) => {
    let type = o.type as Attribute['type'];
    if (!TYPES.includes(type)) {
      c.warn('an attribute of unknown type became a text attribute');
      type = 'text';
    }
    const options = Array.isArray(o.options)
      ? o.options.filter((x): x is string => typeof x === 'string')
      : [];
    const calendar =
      type !== 'year' ? null : o.calendar === 'solar-hijri' ? 'solar-hijri' : 'gregorian';
    const name = c.str(o, 'name', '', 'attribute');
    return {
      ...base,
      id: asId<'AttributeId'>(id),
      name,
      type,
      options,
      calendar,
      order: c.num(o, 'order', k, 'attribute'),
      ...originFromUnknown(o.origin),
    };
  });
  const attributeIds = new Set(attributes.map((a) => a.id as string));

  const cases: Case[] = c.list(raw, 'cases').map(({ id, o }) => {
    const values: Record<string, AttributeValue> = {};
    for (const [k, v] of Object.entries(isObj(o.values) ? o.values : {})) {
      if (attributeIds.has(k) && isValue(v)) values[k] = v;
      else c.warn('a case value for a missing attribute, or not a valid value, was dropped');
    }
    const name = c.str(o, 'name', '', 'case');
    return {
      ...base,
      id: asId<'CaseId'>(id),
      name,
      description: c.str(o, 'description', '', 'case'),
      values,
      ...originFromUnknown(o.origin),
    };
  });
  const caseIds = new Set(cases.map((x) => x.id as string));

  const documents: Document[] = [];
  for (const { id, o } of c.list(raw, 'documents')) {
    if (typeof o.text !== 'string') {
      c.warn('a document without text was dropped');
      continue;
    }
    const direction = DIRECTIONS.includes(o.direction as Direction)
      ? (o.direction as Direction)
      : 'auto';
    let caseId = typeof o.caseId === 'string' ? o.caseId : null;
    if (caseId !== null && !caseIds.has(caseId)) {
      c.warn('a document pointing at a missing case was detached from it');
      caseId = null;
    }
    documents.push({
      ...base,
      id: asId<'DocumentId'>(id),
      title: c.str(o, 'title', '', 'document'),
      text: o.text,
      direction,
      caseId: caseId === null ? null : asId<'CaseId'>(caseId),
      createdAt: c.num(o, 'createdAt', createdAt, 'document'),
      ...(typeof o.label === 'string' && o.label ? { label: o.label } : {}),
      ...originFromUnknown(o.origin),
    });
  }
  const docText = new Map(documents.map((d) => [d.id as string, d.text]));

  const rawCodes = c.list(raw, 'codes');
  const codeIdSet = new Set(rawCodes.map((x) => x.id));
  let codes: Code[] = rawCodes.map(({ id, o }, k) => {
    let parentId = typeof o.parentId === 'string' ? o.parentId : null;
    if (parentId !== null && !codeIdSet.has(parentId)) {
      c.warn('a code whose parent is missing was moved to the top level');
      parentId = null;
    }
    let color = c.str(o, 'color', '#888888', 'code');
    if (!/^#[0-9a-fA-F]{6}$/.test(color)) {
      c.warn('a code colour that is not #rrggbb was reset');
      color = '#888888';
    }
    return {
      ...base,
      id: asId<'CodeId'>(id),
      parentId: parentId === null ? null : asId<'CodeId'>(parentId),
      name: c.str(o, 'name', '', 'code'),
      description: c.str(o, 'description', '', 'code'),
      whenToUse: c.str(o, 'whenToUse', '', 'code'),
      whenNotToUse: c.str(o, 'whenNotToUse', '', 'code'),
      example: c.str(o, 'example', '', 'code'),
      color,
      order: c.num(o, 'order', k, 'code'),
      ...originFromUnknown(o.origin),
    };
  });
  // A parent cycle would hang every tree walk: cut it where codeForest does.
  const roots = new Set((codeForest(codes).get(null) ?? []).map((x) => x.id as string));
  codes = codes.map((x) => {
    if (x.parentId === null || !roots.has(x.id)) return x;
    c.warn('a code in a parent cycle was moved to the top level');
    return { ...x, parentId: null };
  });

  const coders: Coder[] = c.list(raw, 'coders').map(({ id, o }) => ({
    ...base,
    id: asId<'CoderId'>(id),
    name: c.str(o, 'name', '', 'coder'),
    ...originFromUnknown(o.origin),
  }));
  const coderIds = new Set(coders.map((x) => x.id as string));

  const codings: Coding[] = [];
  for (const { id, o } of c.list(raw, 'codings')) {
    const text = typeof o.documentId === 'string' ? docText.get(o.documentId) : undefined;
    if (text === undefined || typeof o.codeId !== 'string' || !codeIdSet.has(o.codeId)) {
      c.warn('a coding pointing at a missing document or code was dropped');
      continue;
    }
    const { start, end } = o;
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      (start as number) < 0 ||
      (start as number) >= (end as number) ||
      (end as number) > text.length
    ) {
      c.warn('a coding with offsets outside its text was dropped');
      continue;
    }
    let coderId = typeof o.coderId === 'string' ? o.coderId : null;
    if (coderId !== null && !coderIds.has(coderId)) {
      c.warn('a coding by a missing coder was kept without a coder');
      coderId = null;
    }
    codings.push({
      ...base,
      id: asId<'CodingId'>(id),
      documentId: asId<'DocumentId'>(o.documentId as string),
      codeId: asId<'CodeId'>(o.codeId),
      start: start as number,
      end: end as number,
      coderId: coderId === null ? null : asId<'CoderId'>(coderId),
      memo: c.str(o, 'memo', '', 'coding'),
      createdAt: c.num(o, 'createdAt', createdAt, 'coding'),
      ...originFromUnknown(o.origin),
    });
  }

  // A Map, not an object literal: a hostile kind such as "valueOf" or "__proto__" must not
  // reach Object.prototype (found by the property test).
  const targets = new Map<string, Set<string>>([
    ['document', new Set(docText.keys())],
    ['code', codeIdSet],
    ['case', caseIds],
  ]);
  const memos: Memo[] = c.list(raw, 'memos').map(({ id, o }) => {
    const t = isObj(o.target) ? o.target : {};
    let target: MemoTarget = { kind: 'project' };
    if (typeof t.kind === 'string' && t.kind !== 'project') {
      if (typeof t.id === 'string' && targets.get(t.kind)?.has(t.id)) {
        target = { kind: t.kind, id: t.id } as MemoTarget;
      } else c.warn('a memo whose target is missing was kept as a project memo');
    }
    const memoCreated = c.num(o, 'createdAt', createdAt, 'memo');
    return {
      ...base,
      id: asId<'MemoId'>(id),
      target,
      title: c.str(o, 'title', '', 'memo'),
      text: c.str(o, 'text', '', 'memo'),
      createdAt: memoCreated,
      updatedAt: c.num(o, 'updatedAt', memoCreated, 'memo'),
      ...originFromUnknown(o.origin),
    };
  });

  const snapshot: ProjectSnapshot = {
    project,
    documents,
    cases,
    attributes,
    codes,
    codings,
    memos,
    coders,
    ...setsOf(
      checkBackupSets(
        raw.sets,
        projectId,
        new Set(docText.keys()),
        new Set(attributes.map((a) => a.id as string)),
        (m) => c.warn(m),
      ),
    ),
  };
  const warnings = [...c.warnings].map(([m, n]) => (n > 1 ? `${m} (×${n})` : m));
  return ok({ snapshot, warnings });
}
