// The cases CSV in the encodings Persian spreadsheets save: Windows-1256 and UTF-16 read as
// Persian, and the import plans the cases and values they hold.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/analysis/csv';
import { planAttributeImport } from '../../../shared/cases/csv-import-plan';
import { casesCsvText } from './cases-csv-text';

const CSV = 'نام,شهر\nپرستو,گرگان\nمهسا,رشت\nکاوه,گرگان\n';

// The same CSV in Windows-1256, byte by byte from the code page's table (with CRLF, as Excel
// writes it): ن E4 ا C7 م E3, ش D4 ه E5 ر D1, پ 81 ر D1 س D3 ت CA و E6, گ 90 ا C7 ن E4,
// ک 98 ا C7 و E6 ه E5, comma 2C, CR LF 0D 0A.
// prettier-ignore
const WINDOWS_1256 = new Uint8Array([
  0xe4, 0xc7, 0xe3, 0x2c, 0xd4, 0xe5, 0xd1, 0x0d, 0x0a,
  0x81, 0xd1, 0xd3, 0xca, 0xe6, 0x2c, 0x90, 0xd1, 0x90, 0xc7, 0xe4, 0x0d, 0x0a,
  0xe3, 0xe5, 0xd3, 0xc7, 0x2c, 0xd1, 0xd4, 0xca, 0x0d, 0x0a,
  0x98, 0xc7, 0xe6, 0xe5, 0x2c, 0x90, 0xd1, 0x90, 0xc7, 0xe4, 0x0d, 0x0a,
]);

/** UTF-16LE with its BOM, as Excel's "Unicode text" writes. */
function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return out;
}

function plan(bytes: Uint8Array) {
  const text = casesCsvText(bytes, 'cases.csv');
  if (!text.ok) throw new Error(text.reason);
  const rows = parseCsv(text.data);
  if (!rows.ok) throw new Error(rows.reason);
  const planned = planAttributeImport(rows.data, [], []);
  if (!planned.ok) throw new Error(planned.reason);
  return { text: text.data, plan: planned.data };
}

describe('casesCsvText', () => {
  it('reads a Windows-1256 Persian CSV as Persian (UTF-8 alone would not)', () => {
    expect(new TextDecoder('utf-8').decode(WINDOWS_1256)).not.toContain('گرگان');
    const { text, plan: p } = plan(WINDOWS_1256);
    expect(text).toBe(CSV);
    expect(p.newCases).toEqual(['پرستو', 'مهسا', 'کاوه']);
    expect(p.newAttributes.map((a) => a.name)).toEqual(['شهر']);
    expect(p.rows.map((r) => r.values['شهر'])).toEqual(['گرگان', 'رشت', 'گرگان']);
  });

  it('reads UTF-16 and UTF-8 (with or without a BOM) to the same text', () => {
    expect(plan(utf16le(CSV)).text).toBe(CSV);
    expect(plan(new TextEncoder().encode(CSV)).text).toBe(CSV);
    expect(plan(new TextEncoder().encode(`\ufeff${CSV}`)).text).toBe(CSV);
  });

  it('refuses a file that is not text', () => {
    const r = casesCsvText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'x.csv');
    expect(r.ok).toBe(false);
  });
});
