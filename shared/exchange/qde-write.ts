// Builds project.qde (QDA-XML project 1.0) from a snapshot. Element order follows the XSD's
// sequences exactly; empty lists are omitted because the schema requires at least one child.
import type { ProjectSnapshot } from '../model/snapshot';
import { writeCodes } from './code-xml';
import { QDPX_FORMAT_VERSION } from './format';
import { deriveGuid } from './guid';
import { guidSpellings, respellGuids } from './guid-spelling';
import type { MazmunMetaFile, MetaRecord } from './meta-file';
import {
  ASSIGNED,
  DESCRIPTION,
  dateTimeOut,
  inFileOrder,
  keptAttributes,
  ORDER,
  SOURCE_ATTRIBUTES,
  unlessAssigned,
  USER_ATTRIBUTES,
} from './origin';
import { placeCodingNotes } from './coding-note';
import { noteElement } from './note-xml';
import { documentFiles } from './source-files';
import { NO_USERS, projectAttributes } from './project-xml';
import { selectionElements } from './selection-xml';
import { writeSetsXml } from './sets-xml';
import { writeVariables } from './variable-xml';
import { XML_DECLARATION, xmlElement, xmlTextElement } from './xml-write';

export interface QdpxExportOptions {
  /** Written into the project's origin and metadata line. */
  readonly appVersion?: string;
}

export interface QdeOutput {
  readonly xml: string;
  /** Plain-text sources to store in the archive, path relative to its root. */
  readonly sources: readonly { readonly path: string; readonly text: string }[];
  /** Mazmun's own facts, for mazmun.json beside project.qde (other tools ignore it). */
  readonly meta: MazmunMetaFile;
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
  given: ProjectSnapshot,
  options: QdpxExportOptions = {},
): QdeOutput {
  // Another tool's users, sources, notes and cases in the order its file had them.
  const snapshot: ProjectSnapshot = {
    ...given,
    coders: inFileOrder(given.coders),
    documents: inFileOrder(given.documents),
    memos: inFileOrder(given.memos),
    cases: inFileOrder(given.cases),
  };
  const { project } = snapshot;
  // A project without coders names Mazmun as its user, unless it came from a file without users.
  const noUsers = project.origin?.[NO_USERS] === 'yes';
  const users: { guid: string; [attribute: string]: string | undefined }[] =
    snapshot.coders.length > 0
      ? snapshot.coders.map((c) => ({
          guid: c.id as string,
          name: unlessAssigned(c.origin, 'name', c.name),
          ...keptAttributes(c.origin, USER_ATTRIBUTES),
        }))
      : noUsers
        ? []
        : [{ guid: deriveGuid(project.id, 'default-user'), name: 'Mazmun' }];
  const userIds = new Set(users.map((u) => u.guid));
  const docIds = new Set(snapshot.documents.map((d) => d.id as string));
  const codeIds = new Set(snapshot.codes.map((c) => c.id as string));
  const caseIds = new Set(snapshot.cases.map((c) => c.id as string));

  // Where each memo's NoteRef goes; case memos cannot carry one (CaseType has no NoteRef).
  const noteRefs = new Map<string, string[]>();
  const noteMeta: Record<string, MetaRecord> = {};
  const projectNoteRefs: string[] = [];
  // Notes in the file's order (memos and coding notes alike); Mazmun's own after them.
  const notes: { order: number; xml: string }[] = [];
  const sources: { path: string; text: string }[] = [];
  const docFiles = documentFiles(snapshot.documents);
  const usedFiles = new Set([...docFiles.values()].filter((f): f is string => f !== null));
  const addNote = (guid: string, memo: Parameters<typeof noteElement>[1]) => {
    const note = noteElement(guid, memo);
    // A kept file name that a document's text would take is written inline instead.
    const at = Number(memo.origin?.[ORDER]);
    const order = memo.origin?.[ORDER] !== undefined && Number.isFinite(at) ? at : Infinity;
    if (note.file && usedFiles.has(note.file.path)) {
      const inline = { ...memo, origin: { ...memo.origin, plainTextPath: '' } };
      notes.push({ order, xml: noteElement(guid, inline).xml });
      return;
    }
    notes.push({ order, xml: note.xml });
    if (note.file) {
      sources.push(note.file);
      usedFiles.add(note.file.path);
    }
  };
  for (const memo of snapshot.memos) {
    const t = memo.target;
    if (t.kind === 'case' && caseIds.has(t.id)) {
      addNote(memo.id, memo);
      noteMeta[memo.id] = { target: { kind: 'case', id: t.id } };
      continue;
    }
    addNote(memo.id, memo);
    const known =
      (t.kind === 'document' && docIds.has(t.id)) || (t.kind === 'code' && codeIds.has(t.id));
    if (known) noteRefs.set(t.id, [...(noteRefs.get(t.id) ?? []), memo.id]);
    else projectNoteRefs.push(memo.id);
  }

  const validCodings = snapshot.codings.filter(
    (c) => docIds.has(c.documentId) && codeIds.has(c.codeId) && c.end > c.start,
  );
  const codingNotes = placeCodingNotes(validCodings);
  for (const n of codingNotes.notes) addNote(n.guid, n.memo);
  const codingsByDoc = groupBy(validCodings, (c) => c.documentId);

  const parts: string[] = [];
  if (users.length > 0) {
    parts.push(
      xmlElement(
        'Users',
        {},
        users.map((u) => xmlElement('User', u)),
      ),
    );
  }
  if (snapshot.codes.length > 0) {
    parts.push(xmlElement('CodeBook', {}, [writeCodes(snapshot.codes, noteRefs)]));
  }
  const attributes = [...snapshot.attributes].sort((a, b) => a.order - b.order);
  const variables = writeVariables(attributes, snapshot.cases);
  if (variables.xml !== '') parts.push(variables.xml);
  const docsByCase = groupBy(
    snapshot.documents.filter((d) => d.caseId !== null),
    (d) => d.caseId as string,
  );
  if (snapshot.cases.length > 0) {
    const cases = snapshot.cases.map((c) => {
      const children: string[] = [];
      if (c.description !== '') children.push(xmlTextElement('Description', c.description));
      for (const a of attributes) {
        const v = variables.value(a, c.values[a.id] ?? null);
        if (v !== null) children.push(v);
      }
      for (const d of docsByCase.get(c.id) ?? []) {
        children.push(xmlElement('SourceRef', { targetGUID: d.id }));
      }
      return xmlElement('Case', { guid: c.id, name: c.name }, children);
    });
    parts.push(xmlElement('Cases', {}, cases));
  }
  const docMeta: Record<string, MetaRecord> = {};
  if (snapshot.documents.length > 0) {
    const docs = snapshot.documents.map((d) => {
      const file = docFiles.get(d.id) ?? null;
      if (file !== null) sources.push({ path: file, text: d.text });
      docMeta[d.id] = { direction: d.direction };
      const children: string[] = [];
      const description = d.origin?.[DESCRIPTION];
      if (description) children.push(xmlTextElement('Description', description));
      if (file === null) children.push(xmlTextElement('PlainTextContent', d.text));
      children.push(
        ...selectionElements(d, codingsByDoc.get(d.id) ?? [], userIds, codingNotes.placed),
      );
      for (const n of noteRefs.get(d.id) ?? [])
        children.push(xmlElement('NoteRef', { targetGUID: n }));
      return xmlElement(
        'TextSource',
        {
          guid: d.id,
          name: unlessAssigned(d.origin, 'name', d.title),
          plainTextPath: file === null ? undefined : `internal://${file.slice('sources/'.length)}`,
          ...keptAttributes(d.origin, SOURCE_ATTRIBUTES),
          creationDateTime:
            d.origin?.[ASSIGNED + 'creationDateTime'] === String(d.createdAt)
              ? undefined
              : dateTimeOut(d.origin?.creationDateTime, d.createdAt),
        },
        children,
      );
    });
    parts.push(xmlElement('Sources', {}, docs));
  }
  if (notes.length > 0) {
    const ordered = notes
      .map((n, i) => ({ ...n, i }))
      .sort((a, b) => a.order - b.order || a.i - b.i);
    parts.push(
      xmlElement(
        'Notes',
        {},
        ordered.map((n) => n.xml),
      ),
    );
  }
  const sets = writeSetsXml(snapshot); // after Notes (and Links): the XSD's order
  if (sets !== '') parts.push(sets);
  const meta: MazmunMetaFile = {
    format: 'mazmun-qdpx',
    formatVersion: QDPX_FORMAT_VERSION,
    ...(options.appVersion ? { appVersion: options.appVersion } : {}),
    language: project.language,
    documents: docMeta,
    attributes: variables.meta,
    notes: noteMeta,
  };
  if (project.description !== '') {
    parts.push(xmlTextElement('Description', project.description));
  }
  for (const n of projectNoteRefs) parts.push(xmlElement('NoteRef', { targetGUID: n }));

  const root = xmlElement(
    'Project',
    projectAttributes(project, users[0]?.guid, options.appVersion),
    parts,
  );
  const xml = respellGuids(XML_DECLARATION + root + '\n', guidSpellings(snapshot));
  return { xml, sources, meta };
}
