import { describe, expect, it } from 'vitest';
import { buildCode, buildCoder, buildDocument, buildTwoCoders } from '../db/test-builders';
import type { ProjectSnapshot } from '../model/snapshot';
import { REPORT_LABELS } from './labels';
import { agreementSection } from './section-agreement';

// Names sorted: "<Ana>" < "Bita" < "Cyrus"; Cyrus coded nothing and does not count.
const two = buildTwoCoders({ names: ['<Ana>', 'Bita'] });
const { projectId, a: ana, b: bita } = two;
const cyrus = buildCoder({ projectId, name: 'Cyrus' });
const code = buildCode({ projectId, name: 'Sub' });
const doc = buildDocument({ projectId, text: 'abcdefghij' });
const at = (coderId: typeof ana.id | null, start: number, end: number) =>
  two.at(coderId, doc, code, start, end);

function section(o: Partial<ProjectSnapshot>, locale: 'en' | 'fa' = 'en'): string {
  const snapshot = two.snapshot({ documents: [doc], codes: [code], ...o });
  const ctx = {
    labels: REPORT_LABELS[locale],
    num: String,
    rtl: locale === 'fa',
    fontFamily: null,
  };
  return agreementSection({ snapshot, ctx, convention: 'paper' });
}

describe('the report’s agreement section', () => {
  it('tables the first two coders by name, with hand-computed figures', () => {
    const html = section({
      coders: [cyrus, bita, ana],
      codings: [at(bita.id, 2, 8), at(ana.id, 0, 6)],
    });
    expect(html).toContain(
      'Between <bdi>&lt;Ana&gt;</bdi> and <bdi>Bita</bdi>, the first two of 2 coders',
    );
    // [0,6) vs [2,8) of 10: both 4, neither 2 → 60.0 %; pe = 0.52, kappa = 0.08/0.48 = 0.167.
    expect(html).toMatch(
      /<bdi>Sub<\/bdi><\/th><td class="num">60\.0%<\/td><td class="num">0\.167<\/td><td class="num">10<\/td>/,
    );
    expect(html).not.toContain('<Ana>');
  });

  it('speaks Persian in a Persian report', () => {
    const html = section(
      { coders: [ana, bita], codings: [at(bita.id, 2, 8), at(ana.id, 0, 6)] },
      'fa',
    );
    expect(html).toContain('توافق میان کدگذاران');
  });

  it('is empty with fewer than two coders who coded', () => {
    expect(section({ coders: [ana, bita], codings: [at(ana.id, 0, 6)] })).toBe('');
    expect(section({ coders: [], codings: [at(null, 0, 6)] })).toBe('');
  });
});
