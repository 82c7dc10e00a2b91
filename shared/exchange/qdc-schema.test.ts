import { describe, expect, it } from 'vitest';
import { EMPTY_CODEBOOK_GUID, exportQdc, importQdc } from './qdc';
import { codebookSchemaErrors } from './qdc-schema';
import { sampleSnapshot } from './test-snapshot';
import { xsdErrors } from './test-xsd';

const NS = 'urn:QDA-XML:codebook:1.0';
const G = '0a1b2c3d-0000-4000-8000-000000000001';
const G2 = '{0A1B2C3D-0000-4000-8000-000000000002}';
const doc = (body: string, root = `<CodeBook xmlns="${NS}" origin="x">`) =>
  `<?xml version="1.0" encoding="utf-8"?>\n${root}${body}</CodeBook>`;

// Each case is judged valid or invalid by hand from Codebook.xsd; xmllint on the real XSD must
// agree, and so must the schema as code.
const CASES: readonly (readonly [string, boolean, string])[] = [
  ['one code', true, doc(`<Codes><Code guid="${G}" name="a" isCodable="true"/></Codes>`)],
  [
    'nested codes, description, braces GUID, short colour, sets',
    true,
    doc(
      `<Codes><Code guid="${G}" name="a" isCodable="1" color="#ABC"><Description>d</Description>` +
        `<Code guid="${G2}" name="b" isCodable="false" color="#a0b1c2"/></Code></Codes>` +
        `<Sets><Set guid="${G2}" name="s"><MemberCode guid="${G}"/></Set></Sets>`,
    ),
  ],
  [
    'a prefixed namespace',
    true,
    `<q:CodeBook xmlns:q="${NS}"><q:Codes><q:Code guid="${G}" name="a" isCodable="true"/></q:Codes></q:CodeBook>`,
  ],
  ['no code at all', false, doc('<Codes/>')],
  ['no Codes element', false, doc('')],
  ['missing isCodable', false, doc(`<Codes><Code guid="${G}" name="a"/></Codes>`)],
  ['bad GUID', false, doc(`<Codes><Code guid="nope" name="a" isCodable="true"/></Codes>`)],
  [
    'bad colour',
    false,
    doc(`<Codes><Code guid="${G}" name="a" isCodable="true" color="red"/></Codes>`),
  ],
  ['bad boolean', false, doc(`<Codes><Code guid="${G}" name="a" isCodable="yes"/></Codes>`)],
  [
    'description after a child code',
    false,
    doc(
      `<Codes><Code guid="${G}" name="a" isCodable="true"><Code guid="${G2}" name="b" isCodable="true"/>` +
        `<Description>late</Description></Code></Codes>`,
    ),
  ],
  [
    'unknown attribute',
    false,
    doc(`<Codes><Code guid="${G}" name="a" isCodable="true" x="1"/></Codes>`),
  ],
  [
    'unknown element',
    false,
    doc(`<Codes><Code guid="${G}" name="a" isCodable="true"><Note/></Code></Codes>`),
  ],
  [
    'no namespace',
    false,
    doc(`<Codes><Code guid="${G}" name="a" isCodable="true"/></Codes>`, '<CodeBook>'),
  ],
  [
    'an empty Sets',
    false,
    doc(`<Codes><Code guid="${G}" name="a" isCodable="true"/></Codes><Sets/>`),
  ],
  [
    'text between elements',
    false,
    doc(`<Codes>stray<Code guid="${G}" name="a" isCodable="true"/></Codes>`),
  ],
];

describe('the Codebook schema as code', () => {
  it.each(CASES)('%s: valid=%s, as xmllint says', async (_name, valid, xml) => {
    expect((await xsdErrors(xml, 'codebook')).length === 0).toBe(valid);
    const errors = codebookSchemaErrors(xml);
    expect(errors.length === 0).toBe(valid);
  });

  it('names the place and the rule broken', () => {
    expect(codebookSchemaErrors(doc('<Codes/>'))).toEqual([
      'line 2: /CodeBook/Codes: expected a Code',
    ]);
    expect(
      codebookSchemaErrors(doc(`<Codes><Code guid="${G}" name="a" isCodable="yes"/></Codes>`)),
    ).toEqual([
      'line 2: /CodeBook/Codes/Code: attribute isCodable="yes" is not a boolean (true, false, 1, 0)',
    ]);
  });
});

describe('exportQdc', () => {
  it('writes an empty codebook as a valid file that imports as no codes', async () => {
    const xml = exportQdc({ codes: [] });
    expect(await xsdErrors(xml, 'codebook')).toEqual([]);
    expect(codebookSchemaErrors(xml)).toEqual([]);
    expect(xml).toContain(`guid="${EMPTY_CODEBOOK_GUID}"`);
    const back = importQdc(xml);
    if (!back.ok) throw new Error(back.reason);
    expect(back.data.codes).toEqual([]);
  });

  it('writes a full codebook the schema accepts', async () => {
    const xml = exportQdc(sampleSnapshot());
    expect(await xsdErrors(xml, 'codebook')).toEqual([]);
    expect(codebookSchemaErrors(xml)).toEqual([]);
  });
});
