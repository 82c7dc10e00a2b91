import { describe, expect, it } from 'vitest';
import { buildCode, buildDocument, buildTwoCoders } from '../db/test-builders';
import { computeUnitAlpha, paragraphSpans, turnSpans } from './agreement-units';

const { projectId, a: ana, b: bita, at } = buildTwoCoders();
const x = buildCode({ projectId, name: 'X', order: 0 });
const y = buildCode({ projectId, name: 'Y', order: 1 });
// Paragraphs of d1: [0,5) "p one", [6,11) "p two", (an empty line), [13,20) "p three".
const d1 = buildDocument({ projectId, title: 'd1', text: 'p one\np two\n\np three' });
// d2 is coded by Ana alone: Bita's values there are missing, not 0.
const d2 = buildDocument({ projectId, title: 'd2', text: 'q' });

describe('alpha over paragraphs × codes (hand-computed)', () => {
  it('splits paragraphs as the importers count them: non-empty lines', () => {
    expect(paragraphSpans(d1.text)).toEqual([
      { start: 0, end: 5 },
      { start: 6, end: 11 },
      { start: 13, end: 20 },
    ]);
  });

  it('gives per-code and pooled alpha from 0/1 values per (paragraph, code)', () => {
    const r = computeUnitAlpha({
      codes: [x, y],
      documents: [d1, d2],
      coders: [ana.id, bita.id],
      unit: 'paragraph',
      codings: [
        at(ana.id, d1, x, 0, 3),
        at(bita.id, d1, x, 2, 8),
        at(ana.id, d1, y, 14, 16),
        at(ana.id, d2, x, 0, 1),
      ],
    });
    // X: units (Ana, Bita) = (1,1), (0,1), (0,0): o11 = 2, o01 = o10 = 1, o00 = 2; n0 = n1 = 3,
    // n = 6. alpha = 1 − (n − 1)(o01 + o10) / (2·n0·n1) = 1 − 5·2/18 = 4/9.
    // Y: (0,0), (0,0), (1,0): o00 = 4, o01 = o10 = 1; n0 = 5, n1 = 1: 1 − 5·2/10 = 0.
    // Pooled: o00 = 6, o01 = o10 = 2, o11 = 2; n0 = 8, n1 = 4, n = 12: 1 − 11·4/64 = 20/64.
    expect(r.codes.map((c) => c.name)).toEqual(['X', 'Y']);
    expect(r.codes[0]?.alpha.alpha).toBeCloseTo(4 / 9, 12);
    expect(r.codes[1]?.alpha.alpha).toBeCloseTo(0, 12);
    expect(r.pooled.alpha).toBeCloseTo(20 / 64, 12);
    // (3 + 1 paragraphs) × 2 codes; only d1's 3 × 2 are pairable.
    expect(r.units).toBe(8);
    expect(r.pooled.pairableUnits).toBe(6);
  });

  it('takes speaker turns as units when asked, a turn running over its paragraphs', () => {
    const text = 'Interviewer: hello\nAna: yes\nmore text\nInterviewer: bye';
    const turns = turnSpans(text);
    expect(turns).toHaveLength(3);
    const doc = buildDocument({ projectId, title: 't', text });
    const more = text.indexOf('more');
    const r = computeUnitAlpha({
      codes: [x],
      documents: [doc],
      coders: [ana.id, bita.id],
      unit: 'turn',
      codings: [
        // Ana codes "yes", Bita "more": both inside Ana's turn, so the same unit.
        at(ana.id, doc, x, 24, 27),
        at(bita.id, doc, x, more, more + 4),
      ],
    });
    // Units (1,1), (0,0), (0,0) → no disagreement: alpha 1.
    expect(r.pooled.alpha).toBe(1);
  });
});
