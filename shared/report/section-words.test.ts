import { describe, expect, it } from 'vitest';
import { buildCase, buildDocument, buildProject, buildSnapshot } from '../db/test-builders';
import { REPORT_LABELS } from './labels';
import type { SectionContext } from './report-sections';
import { wordsSection } from './section-words';

const project = buildProject({ language: 'en' });
const snapshotOf = (...texts: string[]) =>
  buildSnapshot({
    project,
    documents: texts.map((text) => buildDocument({ projectId: project.id, text })),
    codings: [],
  });
const ctx = (locale: 'en' | 'fa'): SectionContext => ({
  labels: REPORT_LABELS[locale],
  num: (v) => String(v),
  rtl: locale === 'fa',
  fontFamily: null,
});

describe('wordsSection', () => {
  it('tables the most frequent words with counts, documents and percent of words counted', () => {
    const html = wordsSection({
      snapshot: snapshotOf('Trade trade grew. The trade', 'trade and security'),
      ctx: ctx('en'),
      convention: 'paper',
    });
    // By hand: trade 4 (in 2 documents), grew 1, security 1; "the" and "and" are stop words.
    // 6 words counted: trade 4/6 = 66.67 %, the others 16.67 %.
    const rows = [
      ...html.matchAll(
        /<tr><td class="num">(\d+)<\/td><td><bdi>([^<]+)<\/bdi><\/td><td class="num">(\d+)<\/td><td class="num">(\d+)<\/td><td class="num">([\d.]+)<\/td><\/tr>/g,
      ),
    ].map((m) => m.slice(1));
    expect(rows).toEqual([
      ['1', 'trade', '4', '2', '66.67'],
      ['2', 'grew', '1', '1', '16.67'],
      ['3', 'security', '1', '1', '16.67'],
    ]);
    expect(html).toContain('<h2 id="words">Word frequency</h2>');
    expect(html).toContain('6 words counted');
  });

  it('keeps to 30 words and speaks Persian in a Persian report', () => {
    const many = Array.from({ length: 40 }, (_, i) => `w${String.fromCharCode(97 + (i % 26))}${i}`);
    const html = wordsSection({
      snapshot: snapshotOf(many.join(' ')),
      ctx: ctx('fa'),
      convention: 'paper',
    });
    expect(html.match(/<tr><td/g)).toHaveLength(30);
    expect(html).toContain('<h2 id="words">بسامد واژه‌ها</h2>');
  });

  it("counts only the chosen cases' documents when the report is filtered by case", () => {
    const kase = buildCase({ projectId: project.id });
    const snapshot = buildSnapshot({
      project,
      cases: [kase],
      documents: [
        buildDocument({ projectId: project.id, text: 'alpha alpha', caseId: kase.id }),
        buildDocument({ projectId: project.id, text: 'beta beta beta', caseId: null }),
      ],
      codings: [],
    });
    const html = wordsSection({
      snapshot,
      ctx: ctx('en'),
      convention: 'paper',
      selection: { caseIds: [kase.id] },
    });
    expect(html).toContain('<bdi>alpha</bdi>');
    expect(html).not.toContain('beta');
  });

  it('says nothing for a project without words', () => {
    expect(
      wordsSection({ snapshot: snapshotOf('12 34'), ctx: ctx('en'), convention: 'paper' }),
    ).toBe('');
  });
});
