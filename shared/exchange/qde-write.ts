// Builds project.qde (QDA-XML project 1.0) from a snapshot. Element order follows the XSD's
// sequences exactly; empty lists are omitted because the schema requires at least one child.
import type { ProjectSnapshot } from '../model/snapshot';
import type { Attribute, AttributeValue, Coding, Document, Memo } from '../model/types';
import { utf16ToCodePointMany } from '../text/offsets';
import { writeCodes } from './code-xml';
import { writeSetsXml } from './sets-xml';
import { originString, PROJECT_NS, QDPX_FORMAT_VERSION } from './format';
import { deriveGuid } from './guid';
import { withMeta } from './mazmun-meta';
import {
  isoDateTime,
  toDecimalString,
  XML_DECLARATION,
  xmlElement,
  xmlTextElement,
} from './xml-write';

export interface QdpxExportOptions {
  /** Written into the project's origin and metadata line. */
  readonly appVersion?: string;
}

export interface QdeOutput {
  readonly xml: string;
  /** Plain-text sources to store in the archive, path relative to its root. */
  readonly sources: readonly { readonly path: string; readonly text: string }[];
}

const TYPE_OF_VARIABLE = { text: 'Text', category: 'Text', number: 'Float', year: 'Integer' };

function variableValue(attribute: Attribute, value: AttributeValue): string | null {
  if (value === null || value === '') return null;
  const ref = xmlElement('VariableRef', { targetGUID: attribute.id });
  if (attribute.type === 'text' || attribute.type === 'category') {
    return xmlElement('VariableValue', {}, [ref, xmlTextElement('TextValue', String(value))]);
  }
  const n = typeof value === 'number' ? value : Number(value.trim());
  if (!Number.isFinite(n)) return null;
  if (attribute.type === 'year') {
    if (!Number.isInteger(n)) return null;
    return xmlElement('VariableValue', {}, [ref, xmlTextElement('IntegerValue', String(n))]);
  }
  return xmlElement('VariableValue', {}, [ref, xmlTextElement('FloatValue', toDecimalString(n))]);
}

function noteElement(
  guid: string,
  memo: Pick<Memo, 'title' | 'text' | 'createdAt' | 'updatedAt'>,
  description?: string,
): string {
  const parts: string[] = [];
  if (description) parts.push(xmlTextElement('Description', description));
  parts.push(xmlTextElement('PlainTextContent', memo.text));
  return xmlElement(
    'Note',
    {
      guid,
      name: memo.title,
      creationDateTime: isoDateTime(memo.createdAt),
      modifiedDateTime: isoDateTime(memo.updatedAt),
    },
    parts,
  );
}

function selectionElements(
  doc: Document,
  codings: readonly Coding[],
  userIds: ReadonlySet<string>,
): string[] {
  const sorted = [...codings].sort((a, b) => a.start - b.start || a.end - b.end);
  const offsets = utf16ToCodePointMany(
    doc.text,
    sorted.flatMap((c) => [c.start, c.end]),
  );
  return sorted.map((c, k) => {
    const user = c.coderId !== null && userIds.has(c.coderId) ? c.coderId : undefined;
    const when = isoDateTime(c.createdAt);
    const codingParts = [xmlElement('CodeRef', { targetGUID: c.codeId })];
    if (c.memo !== '') {
      codingParts.push(xmlElement('NoteRef', { targetGUID: deriveGuid(c.id, 'coding-memo') }));
    }
    const coding = xmlElement(
      'Coding',
      { guid: c.id, creatingUser: user, creationDateTime: when },
      codingParts,
    );
    return xmlElement(
      'PlainTextSelection',
      {
        guid: deriveGuid(c.id, 'selection'),
        startPosition: offsets[2 * k],
        endPosition: offsets[2 * k + 1],
        creatingUser: user,
        creationDateTime: when,
      },
      [coding],
    );
  });
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = out.get(k);
    if (list) list.push(it);
    else out.set(k, [it]);
  }
  return out;
}

export function buildProjectQde(
  snapshot: ProjectSnapshot,
  options: QdpxExportOptions = {},
): QdeOutput {
  const { project } = snapshot;
  const users =
    snapshot.coders.length > 0
      ? snapshot.coders.map((c) => ({ guid: c.id as string, name: c.name }))
      : [{ guid: deriveGuid(project.id, 'default-user'), name: 'Mazmun' }];
  const userIds = new Set(users.map((u) => u.guid));
  const docIds = new Set(snapshot.documents.map((d) => d.id as string));
  const codeIds = new Set(snapshot.codes.map((c) => c.id as string));
  const caseIds = new Set(snapshot.cases.map((c) => c.id as string));

  // Where each memo's NoteRef goes; case memos cannot carry one (CaseType has no NoteRef).
  const noteRefs = new Map<string, string[]>();
  const projectNoteRefs: string[] = [];
  const notes: string[] = [];
  for (const memo of snapshot.memos) {
    const t = memo.target;
    if (t.kind === 'case' && caseIds.has(t.id)) {
      notes.push(noteElement(memo.id, memo, withMeta('', { target: { kind: 'case', id: t.id } })));
      continue;
    }
    notes.push(noteElement(memo.id, memo));
    const known =
      (t.kind === 'document' && docIds.has(t.id)) || (t.kind === 'code' && codeIds.has(t.id));
    if (known) noteRefs.set(t.id, [...(noteRefs.get(t.id) ?? []), memo.id]);
    else projectNoteRefs.push(memo.id);
  }

  const validCodings = snapshot.codings.filter(
    (c) => docIds.has(c.documentId) && codeIds.has(c.codeId) && c.end > c.start,
  );
  for (const c of validCodings) {
    if (c.memo === '') continue;
    const title = 'Coding memo';
    notes.push(
      noteElement(deriveGuid(c.id, 'coding-memo'), {
        title,
        text: c.memo,
        createdAt: c.createdAt,
        updatedAt: c.createdAt,
      }),
    );
  }
  const codingsByDoc = groupBy(validCodings, (c) => c.documentId);

  const parts: string[] = [];
  parts.push(
    xmlElement(
      'Users',
      {},
      users.map((u) => xmlElement('User', u)),
    ),
  );
  if (snapshot.codes.length > 0) {
    parts.push(xmlElement('CodeBook', {}, [writeCodes(snapshot.codes, noteRefs)]));
  }
  const attributes = [...snapshot.attributes].sort((a, b) => a.order - b.order);
  if (attributes.length > 0) {
    const vars = attributes.map((a) => {
      const meta: Record<string, unknown> = { type: a.type };
      if (a.type === 'category') meta.options = a.options;
      if (a.type === 'year') meta.calendar = a.calendar;
      return xmlElement(
        'Variable',
        { guid: a.id, name: a.name, typeOfVariable: TYPE_OF_VARIABLE[a.type] },
        [xmlTextElement('Description', withMeta('', meta))],
      );
    });
    parts.push(xmlElement('Variables', {}, vars));
  }
  const docsByCase = groupBy(
    snapshot.documents.filter((d) => d.caseId !== null),
    (d) => d.caseId as string,
  );
  if (snapshot.cases.length > 0) {
    const cases = snapshot.cases.map((c) => {
      const children: string[] = [];
      if (c.description !== '') children.push(xmlTextElement('Description', c.description));
      for (const a of attributes) {
        const v = variableValue(a, c.values[a.id] ?? null);
        if (v !== null) children.push(v);
      }
      for (const d of docsByCase.get(c.id) ?? []) {
        children.push(xmlElement('SourceRef', { targetGUID: d.id }));
      }
      return xmlElement('Case', { guid: c.id, name: c.name }, children);
    });
    parts.push(xmlElement('Cases', {}, cases));
  }
  const sources: { path: string; text: string }[] = [];
  if (snapshot.documents.length > 0) {
    const docs = snapshot.documents.map((d) => {
      const file = `${d.id}.txt`;
      sources.push({ path: `sources/${file}`, text: d.text });
      const children = [xmlTextElement('Description', withMeta('', { direction: d.direction }))];
      children.push(...selectionElements(d, codingsByDoc.get(d.id) ?? [], userIds));
      for (const n of noteRefs.get(d.id) ?? [])
        children.push(xmlElement('NoteRef', { targetGUID: n }));
      return xmlElement(
        'TextSource',
        {
          guid: d.id,
          name: d.title,
          plainTextPath: `internal://${file}`,
          creationDateTime: isoDateTime(d.createdAt),
        },
        children,
      );
    });
    parts.push(xmlElement('Sources', {}, docs));
  }
  if (notes.length > 0) parts.push(xmlElement('Notes', {}, notes));
  const sets = writeSetsXml(snapshot); // after Notes (and Links): the XSD's order
  if (sets !== '') parts.push(sets);
  const meta: Record<string, unknown> = {
    format: 'mazmun-qdpx',
    formatVersion: QDPX_FORMAT_VERSION,
    language: project.language,
  };
  if (options.appVersion) meta.appVersion = options.appVersion;
  parts.push(xmlTextElement('Description', withMeta(project.description, meta)));
  for (const n of projectNoteRefs) parts.push(xmlElement('NoteRef', { targetGUID: n }));

  const root = xmlElement(
    'Project',
    {
      xmlns: PROJECT_NS,
      name: project.name,
      origin: originString(options.appVersion),
      creatingUserGUID: users[0]?.guid,
      creationDateTime: isoDateTime(project.createdAt),
      modifiedDateTime: isoDateTime(project.updatedAt),
    },
    parts,
  );
  return { xml: XML_DECLARATION + root + '\n', sources };
}
