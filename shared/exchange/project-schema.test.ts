// The Project schema as code (project-schema.ts) against xmllint on the official XSD: each case
// is judged valid or invalid by hand from Project.xsd, and both checkers must agree with that.
import { describe, expect, it } from 'vitest';
import { exportQdpx } from './qdpx-export';
import { projectSchemaErrors } from './project-schema';
import { sampleSnapshot } from './test-snapshot';
import { xsdErrors } from './test-xsd';
import JSZip from 'jszip';

const NS = 'urn:QDA-XML:project:1.0';
const G = '0a1b2c3d-0000-4000-8000-000000000001';
const G2 = '{0A1B2C3D-0000-4000-8000-000000000002}';
const G3 = '0A1B2C3D-0000-4000-8000-000000000003';
const doc = (body: string, attrs = 'name="p"') =>
  `<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="${NS}" ${attrs}>${body}</Project>`;
const code = (attrs = `guid="${G}" name="a" isCodable="true"`) =>
  `<CodeBook><Codes><Code ${attrs}/></Codes></CodeBook>`;
const source = (inner = '', attrs = '') =>
  `<Sources><TextSource guid="${G3}" plainTextPath="internal://x.txt"${attrs}>${inner}</TextSource></Sources>`;
const value = (v: string) =>
  `<Variables><Variable guid="${G2}" name="v" typeOfVariable="Integer"/></Variables>` +
  `<Cases><Case guid="${G}"><VariableValue><VariableRef targetGUID="${G2}"/>${v}</VariableValue></Case></Cases>`;

const CASES: readonly (readonly [string, boolean, string])[] = [
  ['an empty project', true, doc('')],
  [
    'every project attribute, xsi and extra namespaces',
    true,
    doc(
      '',
      `name="p" origin="MAXQDA 24" creatingUserGUID="${G}" creationDateTime="2024-01-02T03:04:05Z" ` +
        `modifyingUserGUID="${G2}" modifiedDateTime="2024-01-02T03:04:05.5+03:30" basePath="C:\\x" ` +
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:x="urn:other" ' +
        `xsi:schemaLocation="${NS} Project.xsd"`,
    ),
  ],
  ['no name', false, doc('', 'origin="x"')],
  ['a bad creationDateTime', false, doc('', 'name="p" creationDateTime="2024-02-30T00:00:00Z"')],
  ['a date without time', false, doc('', 'name="p" modifiedDateTime="2024-01-02"')],
  ['a foreign attribute', false, doc('', 'name="p" xmlns:x="urn:other" x:y="1"')],
  ['an unknown attribute', false, doc('', 'name="p" version="2"')],
  ['users', true, doc(`<Users><User guid="${G}" name="A" id="a"/><User guid="${G2}"/></Users>`)],
  ['empty Users', false, doc('<Users/>')],
  ['a user without GUID', false, doc('<Users><User name="A"/></Users>')],
  ['one code', true, doc(code())],
  ['a bad colour', false, doc(code(`guid="${G}" name="a" isCodable="true" color="red"`))],
  ['elements out of order', false, doc(`${source('', ' name="s"')}${code()}`)],
  [
    'a full text source',
    true,
    doc(
      source(
        '<Description>d</Description>' +
          `<PlainTextSelection guid="${G}" startPosition="0" endPosition="3" creatingUser="${G2}">` +
          `<Coding guid="${G2}" creationDateTime="2020-01-01T00:00:00Z"><CodeRef targetGUID="${G}"/><NoteRef targetGUID="${G}"/></Coding>` +
          `<NoteRef targetGUID="${G}"/></PlainTextSelection><NoteRef targetGUID="${G}"/>`,
        ` name="s" creatingUser="${G}" modifyingUser="${G2}" modifiedDateTime="2020-01-01T00:00:00Z"`,
      ),
    ),
  ],
  [
    'a selection without end',
    false,
    doc(source(`<PlainTextSelection guid="${G}" startPosition="0"/>`)),
  ],
  [
    'a position that is not an integer',
    false,
    doc(source(`<PlainTextSelection guid="${G}" startPosition="0" endPosition="1.5"/>`)),
  ],
  ['a coding without CodeRef', false, doc(source(`<Coding guid="${G}"/>`))],
  ['empty Sources', false, doc('<Sources/>')],
  [
    'sources of every kind in any order',
    true,
    doc(
      `<Sources><PDFSource guid="${G}"/><TextSource guid="${G2}"/><AudioSource guid="${G3}"/></Sources>`,
    ),
  ],
  ['an integer value', true, doc(value('<IntegerValue>1403</IntegerValue>'))],
  ['no value at all', true, doc(value(''))],
  ['an integer that is not one', false, doc(value('<IntegerValue>1,403</IntegerValue>'))],
  ['two values', false, doc(value('<IntegerValue>1</IntegerValue><TextValue>a</TextValue>'))],
  ['a bad date value', false, doc(value('<DateValue>2024-13-01</DateValue>'))],
  [
    'a bad typeOfVariable',
    false,
    doc(`<Variables><Variable guid="${G}" name="v" typeOfVariable="Number"/></Variables>`),
  ],
  [
    'notes with every attribute and a project NoteRef',
    true,
    doc(
      `<Notes><Note guid="${G2}" name="n" creatingUser="${G}" creationDateTime="2020-01-01T00:00:00Z"><PlainTextContent>t</PlainTextContent></Note></Notes>` +
        `<Description>p</Description><NoteRef targetGUID="${G2}"/>`,
    ),
  ],
  [
    'a Description before Notes',
    false,
    doc(`<Description>p</Description><Notes><Note guid="${G}"/></Notes>`),
  ],
  ['text inside Users', false, doc(`<Users>hello<User guid="${G}"/></Users>`)],
  ['an element inside Description', false, doc('<Description><b>x</b></Description>')],
  ['no namespace', false, `<Project name="p"/>`],
  ['an element from another namespace', false, doc(`<x:Extra xmlns:x="urn:other"/>`)],
  [
    'sets, links and graphs',
    true,
    doc(
      `<Links><Link guid="${G}" direction="OneWay" originGUID="${G2}"/></Links>` +
        `<Sets><Set guid="${G}" name="s"><MemberSource targetGUID="${G3}"/></Set></Sets>` +
        `<Graphs><Graph guid="${G}"><Vertex guid="${G2}" firstX="1" firstY="2" shape="Oval"/><Edge guid="${G3}" sourceVertex="${G2}" targetVertex="${G2}" lineStyle="dashed"/></Graph></Graphs>`,
    ),
  ],
  ['a bad link direction', false, doc(`<Links><Link guid="${G}" direction="Both"/></Links>`)],
];

describe('the Project schema as code', () => {
  for (const [name, valid, xml] of CASES) {
    it(`${valid ? 'accepts' : 'refuses'} ${name}, as xmllint does`, async () => {
      expect((await xsdErrors(xml, 'project')).length === 0, 'xmllint').toBe(valid);
      expect(projectSchemaErrors(xml).length === 0, projectSchemaErrors(xml).join('\n')).toBe(
        valid,
      );
    });
  }

  it('names the line, the element and the attribute', () => {
    const xml = doc(`\n<Users>\n<User guid="nope"/>\n</Users>`);
    expect(projectSchemaErrors(xml)).toEqual([
      'line 4: /Project/Users/User: attribute guid="nope" is not a GUID',
    ]);
    expect(projectSchemaErrors(doc('\n<Sources/>'))).toEqual([
      'line 3: /Project/Sources: expected TextSource or PictureSource or PDFSource or AudioSource or VideoSource',
    ]);
  });

  it("accepts Mazmun's own export of a demanding project", async () => {
    const zip = await JSZip.loadAsync(await exportQdpx(sampleSnapshot()));
    const qde = await zip.file('project.qde')!.async('string');
    expect(await xsdErrors(qde, 'project')).toEqual([]);
    expect(projectSchemaErrors(qde)).toEqual([]);
  });
});
