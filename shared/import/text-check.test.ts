import { describe, expect, it } from 'vitest';
import { CLEAN_PERSIAN, toVisualOrder } from '../text/broken-persian-test-builders';
import { importFile } from './import-file';
import { importPastedText } from './paste';
import { buildDocx, buildOdt, utf8, xmlEscape } from './test-builders';
import { chooseRepaired, removeRepeated } from './text-check';
import type { ImportedDocument } from './types';

function doc(overrides: Partial<ImportedDocument> = {}): ImportedDocument {
  return {
    title: 't',
    text: '',
    direction: 'ltr',
    paragraphs: 0,
    speakers: [],
    warnings: [],
    format: 'pdf',
    ...overrides,
  };
}

describe('broken-Persian check on import', () => {
  it('flags pasted Persian in visual order and keeps the text as pasted', () => {
    const broken = toVisualOrder(`${CLEAN_PERSIAN}\n${CLEAN_PERSIAN}`);
    const r = importPastedText(broken);
    if (!r.ok) throw new Error(r.reason);
    expect(r.data.text).toBe(broken);
    expect(r.data.brokenPersian?.repairedText).toBe(`${CLEAN_PERSIAN}\n${CLEAN_PERSIAN}`);
    expect(r.data.brokenPersian?.changedLines).toBe(10);
    const chosen = chooseRepaired(r.data);
    expect(chosen.text).toBe(`${CLEAN_PERSIAN}\n${CLEAN_PERSIAN}`);
    expect(chosen.originalText).toBe(broken);
    expect(chosen.repaired).toBe(true);
  });

  it('leaves clean Persian and English unflagged', () => {
    const fa = importPastedText(`${CLEAN_PERSIAN}\n${CLEAN_PERSIAN}`);
    const en = importPastedText('The end of the interview. We thanked her.\n'.repeat(20));
    expect(fa.ok && fa.data.brokenPersian).toBe(undefined);
    expect(en.ok && en.data.brokenPersian).toBe(undefined);
  });

  it('carries page ranges over the repair by line', () => {
    const broken = toVisualOrder(CLEAN_PERSIAN);
    const lines = broken.split('\n');
    // Page 1: lines 0–1, page 2: lines 2–4.
    const p2 = (lines[0] ?? '').length + (lines[1] ?? '').length + 2;
    const d = doc({
      text: broken,
      pages: [
        { number: 1, start: 0, end: p2 - 1 },
        { number: 2, start: p2, end: broken.length },
      ],
      brokenPersian: { score: 1, repairedText: CLEAN_PERSIAN, changedLines: 5, preview: [] },
    });
    const fixed = chooseRepaired(d).text;
    const clean = CLEAN_PERSIAN.split('\n');
    const q2 = (clean[0] ?? '').length + (clean[1] ?? '').length + 2;
    expect(chooseRepaired(d).pages).toEqual([
      { number: 1, start: 0, end: q2 - 1 },
      { number: 2, start: q2, end: fixed.length },
    ]);
  });

  it('removes chosen running headers and footers with their pages following', () => {
    const text = ['H', 'a1', 'F 1', 'H', 'b1', 'b2', 'F 2'].join('\n');
    // Offsets by hand: H@0, a1@2, "F 1"@5, H@9, b1@11, b2@14, "F 2"@17 (end 20).
    const d = doc({
      text,
      paragraphs: 7,
      pages: [
        { number: 1, start: 0, end: 8 },
        { number: 2, start: 9, end: 20 },
      ],
      repeatedLines: [
        {
          text: 'H',
          position: 'top',
          ranges: [
            { page: 1, start: 0, end: 1 },
            { page: 2, start: 9, end: 10 },
          ],
        },
        {
          text: 'F 1',
          position: 'bottom',
          ranges: [
            { page: 1, start: 5, end: 8 },
            { page: 2, start: 17, end: 20 },
          ],
        },
      ],
    });
    const both = removeRepeated(d, d.repeatedLines ?? []);
    expect(both.text).toBe('a1\nb1\nb2');
    expect(both.pages).toEqual([
      { number: 1, start: 0, end: 2 },
      { number: 2, start: 3, end: 8 },
    ]);
    expect(both.paragraphs).toBe(3);
    expect(both.repeatedLines).toEqual([]);
    const headerOnly = removeRepeated(d, (d.repeatedLines ?? []).slice(0, 1));
    expect(headerOnly.text).toBe('a1\nF 1\nb1\nb2\nF 2');
    expect(headerOnly.pages).toEqual([
      { number: 1, start: 0, end: 6 },
      { number: 2, start: 7, end: 16 },
    ]);
  });

  it('takes the same lines out of the worker’s search key, and gives the repaired text its own', () => {
    const text = 'HEAD\nBody One\nHEAD\nBody Two';
    const d = {
      ...doc({
        text,
        repeatedLines: [
          {
            text: 'HEAD',
            position: 'top' as const,
            ranges: [
              { page: 1, start: 0, end: 4 },
              { page: 2, start: 14, end: 18 },
            ],
          },
        ],
      }),
      searchText: 'head\nbody one\nhead\nbody two',
    };
    expect(removeRepeated(d, d.repeatedLines ?? []).searchText).toBe('body one\nbody two');
    const flagged = {
      ...d,
      brokenPersian: {
        score: 1,
        repairedText: 'X',
        changedLines: 1,
        preview: [],
        repairedSearchText: 'x',
      },
    };
    expect(chooseRepaired(flagged).searchText).toBe('x');
    const { repairedSearchText: _, ...noKey } = flagged.brokenPersian;
    expect(chooseRepaired({ ...flagged, brokenPersian: noKey }).searchText).toBe(undefined);
  });

  it('flags the same text on every file route: .txt, .md, .rtf, .docx, .odt', async () => {
    const lines = toVisualOrder(`${CLEAN_PERSIAN}\n${CLEAN_PERSIAN}`).split('\n');
    const rtf = `{\\rtf1\\ansi ${lines
      .map((l) => Array.from(l, (c) => `\\u${c.charCodeAt(0)}?`).join(''))
      .join('\\par ')}}`;
    const files: [string, Uint8Array][] = [
      ['a.txt', utf8(lines.join('\n'))],
      ['a.md', utf8(lines.join('\n\n'))],
      ['a.rtf', utf8(rtf)],
      ['a.docx', await buildDocx(lines.map((text) => ({ text })))],
      ['a.odt', await buildOdt(lines.map((l) => xmlEscape(l)))],
    ];
    for (const [name, bytes] of files) {
      const r = await importFile(name, bytes);
      if (!r.ok) throw new Error(`${name}: ${r.reason}`);
      expect([name, r.data.brokenPersian?.changedLines]).toEqual([name, 10]);
    }
  });
});
