// REFI-QDA <Sets> in and out (Project.xsd SetType: Description?, MemberCode*, MemberSource*,
// MemberNote*; guid and name required). Mazmun's sets hold documents, so MemberSource is what
// maps; code and note members are reported as left out. A rule set leaves as its members now
// (the standard has no rules), and so comes back as a set made by hand.
import { documentsInSet } from '../analysis/document-sets';
import { asId, type DocumentId } from '../model/ids';
import type { DocumentSet } from '../model/sets';
import type { ProjectSnapshot } from '../model/snapshot';
import type { QdeReadContext } from './qde-context';
import { attr, childNode, childNodes, textOf, type XmlNode } from './xml-read';
import { xmlElement, xmlTextElement } from './xml-write';

type SetsReadContext = Pick<QdeReadContext, 'projectId' | 'now' | 'guids' | 'report'>;

/** A name not yet in `taken` (a file may repeat a name; Mazmun keeps set names unique). */
function uniqueName(name: string, taken: Set<string>): string {
  let out = name;
  for (let n = 2; taken.has(out); n++) out = `${name} (${n})`;
  taken.add(out);
  return out;
}

/**
 * The document sets of a project.qde root. Call after the sources were read (their GUIDs must
 * be declared). A set of codes or notes only is left out and counted in the report.
 */
export function readSetsXml(root: XmlNode, ctx: SetsReadContext): DocumentSet[] {
  const out: DocumentSet[] = [];
  const taken = new Set<string>();
  for (const s of childNodes(childNode(root, 'Sets'), 'Set')) {
    const codes = childNodes(s, 'MemberCode').length;
    const notes = childNodes(s, 'MemberNote').length;
    const sources = childNodes(s, 'MemberSource');
    if (sources.length === 0 && codes + notes > 0) {
      ctx.report.skip('Set', 'Mazmun sets hold documents; a set of codes or notes only');
      continue;
    }
    ctx.report.skip('MemberCode', 'Mazmun sets hold documents, not codes', codes);
    ctx.report.skip('MemberNote', 'Mazmun sets hold documents, not notes', notes);
    const documentIds: DocumentId[] = [];
    for (const m of sources) {
      const doc = ctx.guids.lookup('source', attr(m, 'targetGUID'));
      if (doc === undefined) {
        ctx.report.skip('MemberSource', 'it refers to a source that was not imported');
        continue;
      }
      if (!documentIds.includes(asId<'DocumentId'>(doc))) documentIds.push(asId(doc));
    }
    const id = ctx.guids.declare('set', attr(s, 'guid'));
    if (id === null) continue;
    const name = attr(s, 'name')?.trim() || `Set ${out.length + 1}`;
    out.push({
      id: asId<'SetId'>(id),
      projectId: ctx.projectId,
      name: uniqueName(name, taken),
      kind: 'manual',
      documentIds,
      rule: null,
      description: textOf(s, 'Description'),
      createdAt: ctx.now,
    });
  }
  return out;
}

/** The <Sets> element of a snapshot, or '' when it has none (SetsType needs one Set or more). */
export function writeSetsXml(
  snapshot: Pick<ProjectSnapshot, 'sets' | 'documents' | 'cases'>,
): string {
  const sets = snapshot.sets ?? [];
  if (sets.length === 0) return '';
  const elements = sets.map((s) => {
    const children: string[] = [];
    if (s.description !== '') children.push(xmlTextElement('Description', s.description));
    for (const d of documentsInSet(s, snapshot.documents, snapshot.cases)) {
      children.push(xmlElement('MemberSource', { targetGUID: d.id }));
    }
    return xmlElement('Set', { guid: s.id, name: s.name }, children);
  });
  return xmlElement('Sets', {}, elements);
}
