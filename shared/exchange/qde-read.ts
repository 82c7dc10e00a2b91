// Turns a parsed project.qde into a ProjectSnapshot plus an account of what was left out.
import { asId, normalizeGuid, type CaseId, type DocumentId } from '../model/ids';
import type { ProjectSnapshot } from '../model/snapshot';
import type { Attribute, AttributeValue, Case, Coder } from '../model/types';
import { looksRightToLeft } from '../text/persian';
import { readCodes } from './code-xml';
import {
  ASSIGNED,
  guidSpelling,
  keepAttributes,
  orderOf,
  originOf,
  SET_GUID,
  USER_ATTRIBUTES,
} from './origin';
import { parseDateTime, type QdeReadContext } from './qde-context';
import { readNotes } from './note-xml';
import { projectOrigin } from './project-xml';
import { readSources } from './qde-read-sources';
import { readSetsXml } from './sets-xml';
import { readValue, readVariables, settleYears } from './variable-xml';
import { attr, childNode, childNodes, textOf, type XmlNode } from './xml-read';

/** Elements that may repeat anywhere in a project.qde: always parsed as arrays. */
export const QDE_ARRAY_TAGS = [
  'User',
  'Code',
  'Variable',
  'Case',
  'VariableValue',
  'SourceRef',
  'SelectionRef',
  'CodeRef',
  'TextSource',
  'PictureSource',
  'PDFSource',
  'AudioSource',
  'VideoSource',
  'PlainTextSelection',
  'PictureSelection',
  'PDFSelection',
  'AudioSelection',
  'VideoSelection',
  'Transcript',
  'SyncPoint',
  'TranscriptSelection',
  'Coding',
  'NoteRef',
  'Note',
  'Set',
  'Graph',
  'Link',
  'Vertex',
  'Edge',
  'MemberCode',
  'MemberSource',
  'MemberNote',
];

function readUsers(root: XmlNode, ctx: QdeReadContext): Coder[] {
  const coders: Coder[] = [];
  for (const u of childNodes(childNode(root, 'Users'), 'User')) {
    const id = ctx.guids.declare('user', attr(u, 'guid'));
    if (id === null) continue;
    const given = attr(u, 'name')?.trim();
    const name = given || attr(u, 'id')?.trim() || `Coder ${coders.length + 1}`;
    coders.push({
      id: asId<'CoderId'>(id),
      projectId: ctx.projectId,
      name,
      ...originOf({
        ...keepAttributes(u, USER_ATTRIBUTES),
        ...guidSpelling(attr(u, 'guid'), id),
        ...orderOf(ctx.keepOrder === true, coders.length),
        [ASSIGNED + 'name']: given ? undefined : name,
      }),
    });
  }
  ctx.report.mapped.users = coders.length;
  return coders;
}

function readCases(
  root: XmlNode,
  ctx: QdeReadContext,
  attributes: readonly Attribute[],
  docCase: Map<DocumentId, CaseId>,
): Case[] {
  const byId = new Map(attributes.map((a) => [a.id as string, a]));
  const out: Case[] = [];
  for (const c of childNodes(childNode(root, 'Cases'), 'Case')) {
    const rawId = ctx.guids.declare('case', attr(c, 'guid'));
    if (rawId === null) continue;
    const id = asId<'CaseId'>(rawId);
    const values: Record<string, AttributeValue> = {};
    for (const vv of childNodes(c, 'VariableValue')) {
      const aid = ctx.guids.lookup('variable', attr(childNode(vv, 'VariableRef'), 'targetGUID'));
      const attribute = aid === undefined ? undefined : byId.get(aid);
      if (attribute === undefined) {
        ctx.report.skip('VariableValue', 'it refers to a variable that is not declared');
        continue;
      }
      values[attribute.id] = readValue(vv, attribute);
    }
    for (const ref of childNodes(c, 'SourceRef')) {
      const doc = ctx.guids.lookup('source', attr(ref, 'targetGUID'));
      if (doc === undefined) continue;
      const docId = asId<'DocumentId'>(doc);
      if (docCase.has(docId))
        ctx.report.warn('A source belongs to several cases; Mazmun kept the first');
      else docCase.set(docId, id);
    }
    ctx.report.skip(
      'CodeRef',
      'codes attached to cases are not imported',
      childNodes(c, 'CodeRef').length,
    );
    ctx.report.skip(
      'SelectionRef',
      'selections attached to cases are not imported',
      childNodes(c, 'SelectionRef').length,
    );
    const name = attr(c, 'name')?.trim() || `Case ${out.length + 1}`;
    out.push({
      id,
      projectId: ctx.projectId,
      name,
      description: textOf(c, 'Description'),
      values,
      ...originOf({
        ...guidSpelling(attr(c, 'guid'), id),
        ...orderOf(ctx.keepOrder === true, out.length),
      }),
    });
  }
  ctx.report.mapped.cases = out.length;
  return out;
}

/** Sets whose GUID the file spelled otherwise than Mazmun's id (`#guid.<id>` on the project). */
function setSpellings(root: XmlNode): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of childNodes(childNode(root, 'Sets'), 'Set')) {
    const raw = attr(s, 'guid');
    const id = raw === undefined ? null : normalizeGuid(raw);
    const spelled = id === null ? {} : guidSpelling(raw, id);
    if (id !== null && spelled.guid !== undefined) out[SET_GUID + id] = spelled.guid;
  }
  return out;
}

export async function readProjectQde(root: XmlNode, ctx: QdeReadContext): Promise<ProjectSnapshot> {
  const coders = readUsers(root, ctx);
  const { codes, noteTargets } = readCodes(
    childNode(childNode(root, 'CodeBook'), 'Codes'),
    ctx.projectId,
    ctx.guids,
    ctx.report,
  );
  const attributes = readVariables(root, ctx, ctx.metas);
  const src = await readSources(childNode(root, 'Sources'), ctx);
  const docCase = new Map<DocumentId, CaseId>();
  const cases = readCases(root, ctx, attributes, docCase);
  settleYears(attributes, cases);
  const documents = src.documents.map((d) => ({ ...d, caseId: docCase.get(d.id) ?? null }));

  const memos = await readNotes(root, ctx, {
    codes: noteTargets,
    documents: src.documentNotes,
    codings: src.codingNotes,
    caseIds: new Set(cases.map((c) => c.id as string)),
  });
  ctx.report.skip(
    'Link',
    'Mazmun has no links',
    childNodes(childNode(root, 'Links'), 'Link').length,
  );
  const sets = readSetsXml(root, ctx);
  ctx.report.skip(
    'Graph',
    'Mazmun has no graphs',
    childNodes(childNode(root, 'Graphs'), 'Graph').length,
  );

  const { text: description, meta } = ctx.metas.project(textOf(root, 'Description'));
  const rtlDocs = documents.filter((d) => d.direction === 'rtl').length;
  const language =
    typeof meta?.language === 'string'
      ? meta.language
      : rtlDocs * 2 > documents.length || looksRightToLeft(description)
        ? 'fa'
        : 'en';
  const createdAt = parseDateTime(attr(root, 'creationDateTime'), ctx.now);
  const updatedAt = parseDateTime(attr(root, 'modifiedDateTime'), createdAt);
  return {
    project: {
      id: ctx.projectId,
      name: attr(root, 'name')?.trim() || 'Imported project',
      description,
      language,
      createdAt,
      updatedAt,
      ...(ctx.rootAttributes
        ? projectOrigin(ctx.rootAttributes, {
            createdAt,
            updatedAt,
            users: coders.length,
            spellings: setSpellings(root),
          })
        : {}),
    },
    documents,
    cases,
    attributes: attributes as Attribute[],
    codes,
    codings: src.codings,
    memos,
    coders,
    ...(sets.length ? { sets } : {}),
  };
}
