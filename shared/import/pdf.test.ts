// eslint-disable-next-line no-restricted-imports -- tests read committed fixtures
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodePdfEngine } from '../pdf/pdf-test-engine';
import { importFile } from './import-file';
import { importMany } from './import-many';
import { removeRepeated } from './text-check';

const pdf = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/pdf/${name}`, import.meta.url)));

describe('PDF import', () => {
  it('reads a Persian PDF with its pages and offers its header and footer', async () => {
    const r = await importFile('persian.pdf', pdf('persian.pdf'), {
      pdf: { engine: nodePdfEngine },
    });
    if (!r.ok) throw new Error(r.reason);
    const d = r.data;
    expect(d.format).toBe('pdf');
    expect(d.direction).toBe('rtl');
    expect(d.pages?.map((p) => p.number)).toEqual([1, 2, 3, 4, 5]);
    // Every page starts with the running header (make-pdfs.mjs).
    for (const p of d.pages ?? [])
      expect(d.text.slice(p.start, p.end).split('\n')[0]).toBe(
        'فصلنامۀ پژوهش‌های کیفی — نسخۀ آزمایشی',
      );
    expect(d.repeatedLines?.map((l) => l.position)).toEqual(['top', 'bottom']);
    expect(d.brokenPersian).toBe(undefined);
    const bare = removeRepeated(d, d.repeatedLines ?? []);
    expect(bare.text).not.toContain('نسخۀ آزمایشی');
    expect(bare.text).not.toMatch(/^صفحۀ/m);
    // Pages still start where their first paragraph starts (the header gone).
    for (const p of bare.pages ?? []) {
      const first = bare.text.slice(p.start, p.end).split('\n')[0] ?? '';
      const i = d.text.indexOf(first);
      expect(i).toBeGreaterThan(d.pages?.[p.number - 1]?.start ?? -1);
    }
  });

  it('reports progress per page and refuses a scan among other files', async () => {
    const pages: string[] = [];
    const r = await importMany(
      [
        { name: 'scan.pdf', bytes: pdf('scan.pdf') },
        { name: 'english.pdf', bytes: pdf('english.pdf') },
      ],
      undefined,
      { pdf: { engine: nodePdfEngine } },
      (name, read, count) => pages.push(`${name} ${read}/${count}`),
    );
    expect(r.failed.map((f) => f.error.code)).toEqual(['pdf.noTextLayer']);
    expect(r.imported.map((d) => d.pages?.length)).toEqual([3]);
    expect(pages).toEqual([
      'scan.pdf 1/1',
      'english.pdf 1/3',
      'english.pdf 2/3',
      'english.pdf 3/3',
    ]);
  });

  it('without pdf.js, a PDF is still refused with the old sentence', async () => {
    const r = await importFile('persian.pdf', pdf('persian.pdf'));
    expect(r.ok ? null : r.error?.code).toBe('import.pdf');
  });
});
