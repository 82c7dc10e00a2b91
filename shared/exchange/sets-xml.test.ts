import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { asId } from '../model/ids';
import {
  buildAttribute,
  buildCase,
  buildDocument,
  buildProject,
  buildSet,
} from '../db/test-builders';
import { GuidMap } from './guid-map';
import { ReportBuilder } from './import-report';
import { exportQdpx } from './qdpx-export';
import { importQdpx } from './qdpx-import';
import { QDE_ARRAY_TAGS } from './qde-read';
import { readSetsXml, writeSetsXml } from './sets-xml';
import { xsdErrors } from './test-xsd';
import { childNode, parseXmlSafely } from './xml-read';

const project = buildProject();
const projectId = project.id;

describe('sets-xml', () => {
  it('writes each set with its members and reads the same names, descriptions and members back', () => {
    const year = buildAttribute({ projectId });
    const kase = buildCase({ projectId, values: { [year.id]: 1403 } });
    const a = buildDocument({ projectId, title: 'A' });
    const b = buildDocument({ projectId, title: 'B', caseId: kase.id });
    const sets = [
      buildSet({ projectId, name: 'دستی', description: 'by hand', documentIds: [a.id, b.id] }),
      buildSet({
        projectId,
        name: '1403',
        kind: 'rule',
        rule: { match: 'all', conditions: [{ attributeId: year.id, values: ['۱۴۰۳'] }] },
      }),
      buildSet({ projectId, name: 'Empty' }),
    ];
    const xml = writeSetsXml({ sets, documents: [a, b], cases: [kase] });
    const parsed = parseXmlSafely(`<Project>${xml}</Project>`, QDE_ARRAY_TAGS);
    if (!parsed.ok) throw new Error(parsed.reason);
    const report = new ReportBuilder();
    const guids = new GuidMap(report);
    for (const d of [a, b]) guids.declare('source', d.id);
    const back = readSetsXml(childNode(parsed.data, 'Project')!, {
      projectId,
      now: 7,
      guids,
      report,
    });
    expect(back.map((s) => [s.name, s.kind, s.description, s.documentIds])).toEqual([
      ['دستی', 'manual', 'by hand', [a.id, b.id]],
      // The rule leaves as its members now: only B's case has 1403.
      ['1403', 'manual', '', [b.id]],
      ['Empty', 'manual', '', []],
    ]);
    expect(back.map((s) => s.id)).toEqual(sets.map((s) => s.id));
    expect(report.build().skipped).toEqual([]);
  });

  it('writes nothing for a project without sets (SetsType needs one Set)', () => {
    expect(writeSetsXml({ sets: [], documents: [], cases: [] })).toBe('');
    expect(writeSetsXml({ documents: [], cases: [] })).toBe('');
  });
});

// Two sets as MAXQDA writes document sets: upper-case GUIDs in braces, a code member it also
// allows, and a set listing a source that is not in the file.
const G = (n: number) => `{0000000${n}-AAAA-4BBB-8CCC-DDDDDDDDDDDD}`;
const QDE = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="MAXQDA-like" origin="MAXQDA 2022">
  <Users><User guid="${G(1)}" name="U"/></Users>
  <CodeBook><Codes><Code guid="${G(2)}" name="K" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="${G(3)}" name="Interview 1"><PlainTextContent>one</PlainTextContent></TextSource>
    <TextSource guid="${G(4)}" name="Interview 2"><PlainTextContent>two</PlainTextContent></TextSource>
    <TextSource guid="${G(5)}" name="Interview 3"><PlainTextContent>three</PlainTextContent></TextSource>
  </Sources>
  <Sets>
    <Set guid="${G(6)}" name="Women"><Description>زنان</Description>
      <MemberCode targetGUID="${G(2)}"/>
      <MemberSource targetGUID="${G(3)}"/><MemberSource targetGUID="${G(5)}"/></Set>
    <Set guid="${G(7)}" name="مردان">
      <MemberSource targetGUID="${G(4)}"/><MemberSource targetGUID="${G(9)}"/></Set>
  </Sets>
</Project>`;

async function qdpxOf(qde: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('project.qde', qde);
  return zip.generateAsync({ type: 'uint8array' });
}

async function importOrThrow(bytes: Uint8Array) {
  const r = await importQdpx(bytes, { now: 0 });
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

describe('a MAXQDA-style .qdpx with two <Sets>', () => {
  it('keeps both sets through import → export → import, names and members alike', async () => {
    expect(await xsdErrors(QDE, 'project')).toEqual([]);
    const first = await importOrThrow(await qdpxOf(QDE));
    const members = (s: typeof first.snapshot) =>
      (s.sets ?? []).map((set) => [
        set.name,
        set.description,
        set.documentIds.map((id) => s.documents.find((d) => d.id === id)?.title),
      ]);
    const expected = [
      ['Women', 'زنان', ['Interview 1', 'Interview 3']],
      ['مردان', '', ['Interview 2']],
    ];
    expect(members(first.snapshot)).toEqual(expected);
    expect(first.report.skipped).toEqual(
      expect.arrayContaining([
        { what: 'MemberCode', count: 1, reason: 'Mazmun sets hold documents, not codes' },
        { what: 'MemberSource', count: 1, reason: 'it refers to a source that was not imported' },
      ]),
    );
    expect(first.report.skipped.map((s) => s.reason).join('\n')).not.toMatch(/no sets/);

    const out = await exportQdpx(first.snapshot);
    const qde = await (await JSZip.loadAsync(out)).file('project.qde')!.async('string');
    expect(await xsdErrors(qde, 'project')).toEqual([]);
    expect(qde.match(/<Set /g)).toHaveLength(2);
    const second = await importOrThrow(out);
    expect(members(second.snapshot)).toEqual(expected);
    expect(second.snapshot.sets?.map((s) => s.id)).toEqual([
      asId('00000006-aaaa-4bbb-8ccc-dddddddddddd'),
      asId('00000007-aaaa-4bbb-8ccc-dddddddddddd'),
    ]);
  });
});
