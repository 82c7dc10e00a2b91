import { describe, expect, it } from 'vitest';
import { deriveGuid } from './guid';
import { composeCodeDescription, parseCodeDescription, splitMeta, withMeta } from './mazmun-meta';
import { parseXmlSafely } from './xml-read';
import { escapeXmlAttr, escapeXmlText, toDecimalString } from './xml-write';
import { xsdErrors } from './test-xsd';

describe('Description markers', () => {
  it('round-trips codebook sections, including empty ones and labels inside the text', () => {
    const entries = [
      { description: '', whenToUse: '', whenNotToUse: '', example: '' },
      { description: 'd', whenToUse: 'u', whenNotToUse: '', example: 'e\n\nmore' },
      { description: 'mentions [Example]\n inline', whenToUse: '', whenNotToUse: 'n', example: '' },
      { description: '', whenToUse: 'only', whenNotToUse: '', example: '' },
    ];
    for (const e of entries) expect(parseCodeDescription(composeCodeDescription(e))).toEqual(e);
    expect(parseCodeDescription('plain text from another tool')).toMatchObject({
      description: 'plain text from another tool',
      example: '',
    });
  });

  it('splits a trailing [mazmun] line off a description, and only a valid one', () => {
    expect(splitMeta(withMeta('متن', { direction: 'rtl' }))).toEqual({
      text: 'متن',
      meta: { direction: 'rtl' },
    });
    expect(splitMeta(withMeta('', { a: 1 }))).toEqual({ text: '', meta: { a: 1 } });
    expect(splitMeta('x [mazmun] {"a":1}').meta).toBeNull();
    expect(splitMeta('x\n\n[mazmun] {broken').meta).toBeNull();
  });
});

describe('XML helpers', () => {
  it('escapes and reads back awkward text and attributes', () => {
    const awkward = 'a & b < c > d "q" \'s\'\r\n\ttab 😀 \u200c';
    const xml = `<r a="${escapeXmlAttr(awkward)}">${escapeXmlText(awkward)}<![CDATA[<raw> & ]]></r>`;
    const parsed = parseXmlSafely(xml, []);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.data.r).toEqual({ a: awkward, '#text': `${awkward}<raw> & ` });
  });

  it('writes numbers xsd:decimal accepts', () => {
    expect([1e21, 1.5e-7, -2.5e-8, 42, 0.1].map(toDecimalString)).toEqual([
      '1000000000000000000000',
      '0.00000015',
      '-0.000000025',
      '42',
      '0.1',
    ]);
  });

  it('derives stable, distinct, well-formed GUIDs', () => {
    const a = deriveGuid('x', 'selection');
    expect(a).toBe(deriveGuid('x', 'selection'));
    expect(a).not.toBe(deriveGuid('x', 'coding-memo'));
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('the schema check really rejects an invalid document', async () => {
    const bad =
      '<Project xmlns="urn:QDA-XML:project:1.0"><CodeBook><Codes><Code guid="nope" name="x"/></Codes></CodeBook></Project>';
    const errors = await xsdErrors(bad, 'project');
    expect(errors.length).toBeGreaterThanOrEqual(2);
  });
});
