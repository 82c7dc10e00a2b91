// The code tree as REFI-QDA writes it (<Codes><Code><Code/></Code></Codes>), shared by the
// project file (.qde) and the codebook file (.qdc), which differ only in NoteRef support.
import { asId, normalizeGuid, type CodeId, type ProjectId } from '../model/ids';
import type { Code } from '../model/types';
import type { GuidMap } from './guid-map';
import type { ReportBuilder } from './import-report';
import { composeCodeDescription, parseCodeDescription } from './mazmun-meta';
import { ASSIGNED, guidSpelling, originOf, unlessAssigned } from './origin';
import { attr, childNodes, textOf, type XmlNode } from './xml-read';
import { xmlElement, xmlTextElement } from './xml-write';

const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1'];

export function normalizeColor(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const s = raw.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(s)) return s;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : null;
}

/** Children of each parent in sibling order; codes in a parent cycle or with a missing parent become roots. */
export function codeForest(codes: readonly Code[]): Map<string | null, Code[]> {
  const ids = new Set(codes.map((c) => c.id as string));
  const children = new Map<string | null, Code[]>();
  const reachable = new Set<string>();
  const push = (key: string | null, c: Code): void => {
    const list = children.get(key) ?? [];
    list.push(c);
    children.set(key, list);
  };
  for (const c of codes) push(c.parentId !== null && ids.has(c.parentId) ? c.parentId : null, c);
  const walk = (key: string | null): void => {
    for (const c of children.get(key) ?? []) {
      if (reachable.has(c.id)) continue;
      reachable.add(c.id);
      walk(c.id);
    }
  };
  walk(null);
  for (const c of codes) {
    if (reachable.has(c.id)) continue;
    // Break the cycle at this code: detach it from its parent and hang it at the root.
    const siblings = children.get(c.parentId) ?? [];
    children.set(
      c.parentId,
      siblings.filter((s) => s.id !== c.id),
    );
    push(null, c);
    reachable.add(c.id);
    walk(c.id);
  }
  for (const list of children.values()) list.sort((a, b) => a.order - b.order);
  return children;
}

export function writeCodes(
  codes: readonly Code[],
  noteRefs: ReadonlyMap<string, readonly string[]> | null,
): string {
  const forest = codeForest(codes);
  const write = (c: Code): string => {
    // A colour Mazmun chose for a code that came without one is not written back.
    const shown = normalizeColor(c.color);
    const kept = c.origin?.color;
    const color =
      shown === null
        ? null
        : kept !== undefined && normalizeColor(kept) === shown
          ? kept
          : unlessAssigned(c.origin, 'color', shown);
    const description = composeCodeDescription(c);
    const parts: string[] = [];
    if (description !== '') parts.push(xmlTextElement('Description', description));
    for (const note of noteRefs?.get(c.id) ?? []) {
      parts.push(xmlElement('NoteRef', { targetGUID: note }));
    }
    for (const child of forest.get(c.id) ?? []) parts.push(write(child));
    const isCodable = c.origin?.isCodable ?? true;
    return xmlElement('Code', { guid: c.id, name: c.name, isCodable, color }, parts);
  };
  return xmlElement('Codes', {}, (forest.get(null) ?? []).map(write));
}

export interface ReadCodesResult {
  readonly codes: Code[];
  /** Note GUID (normalized when valid) -> the code it annotates. */
  readonly noteTargets: Map<string, CodeId>;
}

export function readCodes(
  codesNode: XmlNode | undefined,
  projectId: ProjectId,
  guids: GuidMap,
  report: ReportBuilder,
): ReadCodesResult {
  const codes: Code[] = [];
  const noteTargets = new Map<string, CodeId>();
  const visit = (nodes: XmlNode[], parentId: CodeId | null): void => {
    nodes.forEach((node, order) => {
      const raw = attr(node, 'guid');
      const id = guids.declare('code', raw);
      if (id === null) {
        report.skip('Code', 'the same GUID was declared twice');
        return;
      }
      const codeId = asId<'CodeId'>(id);
      const entry = parseCodeDescription(textOf(node, 'Description'));
      const name = attr(node, 'name') ?? '';
      const rawColor = attr(node, 'color');
      const given = normalizeColor(rawColor);
      const color = given ?? (PALETTE[codes.length % PALETTE.length] as string);
      codes.push({
        id: codeId,
        projectId,
        parentId,
        name: name.trim() === '' ? `Code ${codes.length + 1}` : name,
        ...entry,
        color,
        order,
        ...originOf({
          ...guidSpelling(raw, codeId),
          [ASSIGNED + 'color']: given === null ? color : undefined,
          // "#ABC" is shown as #aabbcc and written back as the file spelled it.
          color: given !== null && rawColor !== given ? rawColor : undefined,
          // A code another tool marked not codable (a heading) stays so there.
          isCodable: /^\s*(false|0|1)\s*$/.test(attr(node, 'isCodable') ?? '')
            ? attr(node, 'isCodable')
            : undefined,
        }),
      });
      for (const ref of childNodes(node, 'NoteRef')) {
        const target = attr(ref, 'targetGUID');
        if (target !== undefined) noteTargets.set(normalizeGuid(target) ?? target, codeId);
      }
      visit(childNodes(node, 'Code'), codeId);
    });
  };
  visit(childNodes(codesNode, 'Code'), null);
  report.mapped.codes += codes.length;
  return { codes, noteTargets };
}
