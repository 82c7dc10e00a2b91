// The PDFs of fixtures/pdf/ (made by fixtures/pdf/make-pdfs.mjs with Chromium's print-to-PDF
// from persian.txt and english.txt) read back and compared word for word with their source.
// eslint-disable-next-line no-restricted-imports -- tests read committed fixtures
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeArabicLetters } from '../text/persian';
import type { PdfEngine } from './pdf-engine';
import { nodePdfEngine } from './pdf-test-engine';
import { extractPdfText, type PdfText } from './pdf-text';
import { removeRepeatedLines } from './repeated-lines';
import { wordAccuracy } from './word-accuracy';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/pdf/${name}`, import.meta.url)));
const source = (name: string): string =>
  readFileSync(new URL(`../../fixtures/pdf/${name}`, import.meta.url), 'utf8');

/** Both sides alike: Persian letters, ۀ as ه + hamza, no tatweel. */
const normalize = (s: string): string =>
  normalizeArabicLetters(s.normalize('NFC')).replace(/\u0640/g, '');

let engine: PdfEngine;
beforeAll(async () => {
  engine = await nodePdfEngine();
});

async function read(name: string): Promise<PdfText> {
  const r = await extractPdfText(fixture(name), { engine });
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

describe('extractPdfText on Chromium PDFs', () => {
  it('reads the Persian PDF in logical order: ≥ 98 % of words right', async () => {
    const pdf = await read('persian.pdf');
    expect(pdf.direction).toBe('rtl');
    const body = removeRepeatedLines(pdf.text, pdf.repeatedLines);
    const acc = wordAccuracy(normalize(source('persian.txt')), normalize(body));
    console.log(
      `Persian word accuracy ${(acc.share * 100).toFixed(2)} % (${acc.matched}/${acc.total})`,
    );
    expect(acc.share).toBeGreaterThanOrEqual(0.98);
    // ZWNJ words, lam-alef words and a word with ۀ survive whole.
    for (const w of ['پژوهش‌های', 'اسلامی', 'لازم', 'یافته‌ها', 'هم‌خوانی', 'سال‌های'])
      expect(body.split(/[\s.،؛:«»()]+/)).toContain(w);
  });

  it('reads the English PDF: ≥ 99.5 % of words right', async () => {
    const pdf = await read('english.pdf');
    expect(pdf.direction).toBe('ltr');
    const body = removeRepeatedLines(pdf.text, pdf.repeatedLines);
    const acc = wordAccuracy(source('english.txt'), body);
    console.log(
      `English word accuracy ${(acc.share * 100).toFixed(2)} % (${acc.matched}/${acc.total})`,
    );
    expect(acc.share).toBeGreaterThanOrEqual(0.995);
  });

  it('keeps pages, and offers the running header and page numbers for removal', async () => {
    const pdf = await read('english.pdf');
    expect(pdf.pages.length).toBeGreaterThanOrEqual(3);
    pdf.pages.forEach((p, i) => {
      expect(p.number).toBe(i + 1);
      expect(pdf.text.slice(p.start, p.end)).toContain('Qualitative Research Notes');
    });
    const header = pdf.repeatedLines.find((l) => l.position === 'top');
    const footer = pdf.repeatedLines.find((l) => l.position === 'bottom');
    expect(header?.text).toBe('Qualitative Research Notes — test copy');
    expect(footer?.text).toMatch(/^Page \d+$/);
    expect(header?.ranges).toHaveLength(pdf.pages.length);
    // Not removed silently: they are still in the text.
    expect(pdf.warnings).toContainEqual({ kind: 'repeated-lines', count: 2 });
    const removed = removeRepeatedLines(pdf.text, pdf.repeatedLines);
    expect(removed).not.toContain('Qualitative Research Notes');
    expect(removed).not.toMatch(/Page \d/);
  });

  it('reports progress page by page', async () => {
    const seen: string[] = [];
    const r = await extractPdfText(fixture('english.pdf'), {
      engine,
      onProgress: (n, of) => seen.push(`${n}/${of}`),
    });
    expect(r.ok).toBe(true);
    expect(seen[0]).toBe(`1/${seen.length}`);
    expect(seen[seen.length - 1]).toBe(`${seen.length}/${seen.length}`);
  });

  it('refuses a scanned page with a plain sentence', async () => {
    const r = await extractPdfText(fixture('scan.pdf'), { engine });
    expect(r).toMatchObject({ ok: false, error: { code: 'pdf.noTextLayer' } });
    if (!r.ok)
      expect(r.reason).toBe(
        'This PDF has no text layer (a scanned image?); Mazmun cannot read text from images.',
      );
  });

  it('refuses what is not a PDF, and what exceeds the limits', async () => {
    const junk = new TextEncoder().encode('not a pdf at all');
    expect(await extractPdfText(junk, { engine })).toMatchObject({
      ok: false,
      error: { code: 'pdf.unreadable' },
    });
    expect(
      await extractPdfText(fixture('english.pdf'), { engine, limits: { maxPages: 1 } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'pdf.tooManyPages', params: { limit: 1 } },
    });
    expect(
      await extractPdfText(fixture('english.pdf'), { engine, limits: { maxTextUnits: 500 } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'pdf.tooLong' },
    });
    expect(
      await extractPdfText(fixture('english.pdf'), { engine, limits: { maxBytes: 100 } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'pdf.tooLarge' },
    });
  });
});
