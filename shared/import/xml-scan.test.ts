import { describe, expect, it } from 'vitest';
import { XML_LIMITS, type XmlLimits } from './input-limits';
import { appError, formatError } from '../errors';
import { scanXmlText, XmlScanner } from './xml-scan';

const limits = (over: Partial<XmlLimits>): XmlLimits => ({ ...XML_LIMITS, ...over });
const scanError = (
  xml: string,
  over: Partial<XmlLimits> = {},
  doctype: 'refuse' | 'skip' = 'refuse',
) => scanXmlText(xml, 'project.qde', { doctype, limits: limits(over) });
/** The refusal in English, as the CLI prints it. */
const scan = (
  xml: string,
  over: Partial<XmlLimits> = {},
  doctype: 'refuse' | 'skip' = 'refuse',
) => {
  const error = scanError(xml, over, doctype);
  return error === null ? null : formatError(error);
};

describe('XmlScanner', () => {
  it('counts elements and depth through attributes, comments, CDATA and PIs', () => {
    const s = new XmlScanner('x', { doctype: 'refuse' });
    const xml =
      '<?xml version="1.0"?><!-- <a><b> --><P a="1 > 2" b=\'<c/>\'><![CDATA[<d><e>]]>' +
      '<Q><R/></Q><?pi <f/> ?><S x = "y"/></P>';
    expect(s.feedString(xml)).toBeNull();
    expect([s.elements, s.deepest]).toEqual([4, 3]);
  });

  it('names the element limit', () => {
    expect(scan('<P><x/><x/></P>', { maxElements: 3 })).toBeNull();
    expect(scan('<P><x/><x/><x/></P>', { maxElements: 3 })).toBe(
      'project.qde has more than 3 XML elements (the limit)',
    );
    expect(scanError('<P><x/><x/><x/></P>', { maxElements: 3 })).toEqual(
      appError('import.xmlTooManyElements', { file: 'project.qde', limit: 3 }),
    );
    // Unnamed, with the limit's thousands separator.
    const unnamed = scanXmlText('<P><x/></P>', null, {
      doctype: 'refuse',
      limits: limits({ maxElements: 1 }),
    });
    expect(unnamed).toEqual(appError('import.xmlTooManyElementsUnnamed', { limit: 1 }));
    expect(formatError(appError('import.xmlTooManyElementsUnnamed', { limit: 1_000_000 }))).toBe(
      'The XML has more than 1,000,000 XML elements (the limit)',
    );
    expect(scan('<P/>'.repeat(1), { maxElements: 2_000_000 })).toBeNull();
  });

  it('names the depth limit, counting self-closed elements as a level', () => {
    expect(scan('<a><b><c/></b></a>', { maxDepth: 3 })).toBeNull();
    expect(scan('<a><b><c><d/></c></b></a>', { maxDepth: 3 })).toBe(
      'project.qde nests XML elements more than 3 levels deep (the limit)',
    );
    // Closing tags bring the depth back down.
    expect(scan('<a><b><c/></b><b><c/></b></a>', { maxDepth: 3 })).toBeNull();
  });

  it('names the attribute, name and text limits, counting characters, not bytes', () => {
    const fa = 'سلام';
    expect(scan(`<a d="${fa}"/>`, { maxAttributeChars: 4 })).toBeNull();
    expect(scan(`<a d="${fa}!"/>`, { maxAttributeChars: 4 })).toBe(
      'project.qde has an XML attribute longer than 4 characters (the limit)',
    );
    // The name attribute of an item has the tighter name limit.
    expect(
      scan(`<Code name="${fa}!" d="${fa}!"/>`, { maxNameChars: 4, maxAttributeChars: 9 }),
    ).toBe('project.qde has a name longer than 4 characters (the limit)');
    expect(scan(`<Code name = '${fa}' />`, { maxNameChars: 4 })).toBeNull();
    expect(scan('<abcde/>', { maxNameChars: 4 })).toMatch(/name longer than 4/);
    expect(scan('<a abcde="1"/>', { maxNameChars: 4 })).toMatch(/name longer than 4/);
    expect(scan('<a></abcde>', { maxNameChars: 4 })).toMatch(/name longer than 4/);
    expect(scan(`<a>${fa}😀</a>`, { maxTextUnits: 5 })).toBeNull();
    expect(scan(`<a>${fa}😀!</a>`, { maxTextUnits: 5 })).toBe(
      'project.qde has a run of text longer than 5 characters (the limit)',
    );
    expect(scan('<a><!-- 123456 --></a>', { maxTextUnits: 5 })).toMatch(/run of text/);
    expect(scan('<a><![CDATA[123456]]></a>', { maxTextUnits: 5 })).toMatch(/run of text/);
    expect(scan('<a>12345<b/>12345</a>', { maxTextUnits: 5 })).toBeNull();
  });

  it('gives the same answer for bytes in any chunks as for the string', () => {
    const xml = '<P n="سلام"><!-- x --><x/><x/><![CDATA[]]]]><x/></P>';
    const bytes = new TextEncoder().encode(xml);
    for (const over of [{ maxElements: 3 }, { maxAttributeChars: 3 }, {}]) {
      const whole = scanError(xml, over);
      for (let cut = 0; cut <= bytes.length; cut++) {
        const s = new XmlScanner('project.qde', { doctype: 'refuse', limits: limits(over) });
        s.feedBytes(bytes.subarray(0, cut));
        expect(s.feedBytes(bytes.subarray(cut))).toEqual(whole);
      }
    }
  });

  it('refuses a DOCTYPE at once, or skips it (internal subset and all) for office formats', () => {
    const xml = '<!DOCTYPE P [<!ENTITY a "<x/><x/><x/>">]><P>&a;</P>';
    expect(scanError(xml)).toEqual(
      appError('import.inFile', { file: 'project.qde', error: appError('import.xmlDoctype') }),
    );
    expect(scan(xml)).toMatch(/^project\.qde: The XML declares a DOCTYPE or ENTITY\./);
    expect(scan(xml, { maxElements: 1 }, 'skip')).toBeNull();
    // Only a declaration is refused: a malformed "<!-x" is left to the parser.
    expect(scan('<P><!-x></P>')).toBeNull();
  });

  it('stops at the first limit and keeps answering it', () => {
    const s = new XmlScanner('f', { doctype: 'refuse', limits: limits({ maxElements: 1 }) });
    const first = appError('import.xmlTooManyElements', { file: 'f', limit: 1 });
    expect(s.feedString('<a/><b/>')).toEqual(first);
    expect(s.feedString('<c/>')).toEqual(first);
    expect(s.elements).toBe(2);
  });
});
