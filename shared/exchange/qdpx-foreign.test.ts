import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportQdpx } from './qdpx-export';
import { importQdpx } from './qdpx-import';
import { xsdErrors } from './test-xsd';

// A project as another tool might write it: braces and upper-case GUIDs, inline text, kinds of
// data Mazmun does not hold. Every omission must show up in the report.
const G = (n: number) => `{0000000${n}-AAAA-4BBB-8CCC-DDDDDDDDDDDD}`;
const TEXT = 'a😀bc de';
const QDE = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Foreign" creationDateTime="2020-01-02T03:04:05Z">
  <Users><User guid="${G(1)}" name="U"/></Users>
  <CodeBook><Codes><Code guid="${G(2)}" name="Top" isCodable="false" color="#ABC">
    <Code guid="${G(3)}" name="Child" isCodable="true"/></Code></Codes></CodeBook>
  <Variables><Variable guid="${G(4)}" name="Flag" typeOfVariable="Boolean"/>
    <Variable guid="${G(5)}" name="Born" typeOfVariable="Date"/></Variables>
  <Cases><Case guid="${G(6)}" name="C">
    <CodeRef targetGUID="${G(2)}"/>
    <VariableValue><VariableRef targetGUID="${G(4)}"/><BooleanValue>true</BooleanValue></VariableValue>
    <VariableValue><VariableRef targetGUID="${G(5)}"/><DateValue>1990-05-01</DateValue></VariableValue>
    <SourceRef targetGUID="${G(7)}"/></Case></Cases>
  <Sources>
    <TextSource guid="${G(7)}" name="T"><PlainTextContent>${TEXT}</PlainTextContent>
      <PlainTextSelection guid="${G(8)}" startPosition="2" endPosition="4" creatingUser="${G(1).toLowerCase()}">
        <Coding guid="${G(9)}"><CodeRef targetGUID="${G(3).toLowerCase().replace(/[{}]/g, '')}"/></Coding></PlainTextSelection>
      <PlainTextSelection guid="00000010-aaaa-4bbb-8ccc-dddddddddddd" startPosition="3" endPosition="99">
        <Coding guid="00000011-aaaa-4bbb-8ccc-dddddddddddd"><CodeRef targetGUID="${G(3)}"/></Coding></PlainTextSelection>
      <PlainTextSelection guid="00000012-aaaa-4bbb-8ccc-dddddddddddd" startPosition="0" endPosition="1">
        <Coding guid="00000013-aaaa-4bbb-8ccc-dddddddddddd"><CodeRef targetGUID="00000099-aaaa-4bbb-8ccc-dddddddddddd"/></Coding></PlainTextSelection>
    </TextSource>
    <TextSource guid="00000014-aaaa-4bbb-8ccc-dddddddddddd" name="Rich" richTextPath="internal://x.docx"/>
    <PDFSource guid="00000015-aaaa-4bbb-8ccc-dddddddddddd" path="internal://x.pdf"/>
    <PictureSource guid="00000016-aaaa-4bbb-8ccc-dddddddddddd" path="internal://x.png"/>
  </Sources>
  <Sets><Set guid="00000017-aaaa-4bbb-8ccc-dddddddddddd" name="S"/></Sets>
</Project>`;

describe("importQdpx of another tool's project", () => {
  it('maps what it can and reports the rest', async () => {
    expect(await xsdErrors(QDE, 'project')).toEqual([]);
    const zip = new JSZip();
    zip.file('project.qde', QDE);
    const r = await importQdpx(await zip.generateAsync({ type: 'uint8array' }), { now: 0 });
    if (!r.ok) throw new Error(r.reason);
    const { snapshot: s, report } = r.data;
    expect(s.codes.map((c) => [c.name, c.color, c.parentId === s.codes[0]?.id])).toEqual([
      ['Top', '#aabbcc', false],
      ['Child', s.codes[1]?.color, true],
    ]);
    expect(s.codes[0]?.id).toBe('00000002-aaaa-4bbb-8ccc-dddddddddddd');
    const doc = s.documents[0]!;
    expect(s.documents).toHaveLength(1);
    expect(doc.caseId).toBe(s.cases[0]?.id);
    expect(s.codings).toHaveLength(1);
    // Code points 2..4 of "a😀bc de" are "bc": UTF-16 offsets 3..5.
    expect(doc.text.slice(s.codings[0]!.start, s.codings[0]!.end)).toBe('bc');
    expect(s.codings[0]?.coderId).toBe(s.coders[0]?.id);
    expect(s.attributes.map((a) => [a.type, a.options])).toEqual([
      ['category', ['true', 'false']],
      ['text', []],
    ]);
    expect(Object.values(s.cases[0]!.values)).toEqual(['true', '1990-05-01']);
    expect(s.project.createdAt).toBe(Date.UTC(2020, 0, 2, 3, 4, 5));
    expect(report.skipped).toEqual(
      expect.arrayContaining([
        { what: 'PDFSource', count: 1, reason: 'Mazmun imports text sources only' },
        { what: 'PictureSource', count: 1, reason: 'Mazmun imports text sources only' },
        { what: 'TextSource', count: 1, reason: expect.stringMatching(/only rich text/) },
        { what: 'PlainTextSelection', count: 1, reason: expect.stringMatching(/outside the text/) },
        { what: 'Coding', count: 1, reason: expect.stringMatching(/not in the codebook/) },
        { what: 'CodeRef', count: 1, reason: expect.stringMatching(/attached to cases/) },
      ]),
    );
    expect(report.skipped).toHaveLength(6);
    // A document set without members is kept (issue 13.4: sets are no longer dropped).
    expect(s.sets?.map((x) => [x.name, x.documentIds])).toEqual([['S', []]]);
    expect(report.warnings.join('\n')).toMatch(/Boolean variable/);
  });

  it('writes back what it kept: GUIDs, spelling of colours, no invented colour, typed variables', async () => {
    const zip = new JSZip();
    zip.file('project.qde', QDE);
    const r = await importQdpx(await zip.generateAsync({ type: 'uint8array' }), { now: 0 });
    if (!r.ok) throw new Error(r.reason);
    const out = await JSZip.loadAsync(await exportQdpx(r.data.snapshot));
    const xml = await out.file('project.qde')!.async('string');
    expect(await xsdErrors(xml, 'project')).toEqual([]);
    // Every GUID as the file spelled it where declared (braces, upper case), references too.
    const id = G;
    expect(xml).toContain(`<Code guid="${id(2)}" name="Top" isCodable="false" color="#ABC">`);
    expect(xml).toContain(`<Code guid="${id(3)}" name="Child" isCodable="true"/>`);
    expect(xml).toContain(`<Variable guid="${id(4)}" name="Flag" typeOfVariable="Boolean"/>`);
    expect(xml).toContain(`<Variable guid="${id(5)}" name="Born" typeOfVariable="Date"/>`);
    expect(xml).toContain('<BooleanValue>true</BooleanValue>');
    expect(xml).toContain('<DateValue>1990-05-01</DateValue>');
    // The selection keeps its GUID and its creatingUser as the file spelled it (braces).
    expect(xml).toContain(
      `<PlainTextSelection guid="${id(8)}" startPosition="2" endPosition="4" creatingUser="${G(1).toLowerCase()}">`,
    );
    expect(xml).toContain(`<Coding guid="${id(9)}"><CodeRef targetGUID="${id(3)}"/>`);
    expect(xml).not.toMatch(/"0000000[2-9]-aaaa/);
    expect(xml).not.toContain('[mazmun]');
  });
});
