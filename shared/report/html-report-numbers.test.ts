// The report's counts are grouped as the app groups them ("1,234", "۱٬۲۳۴"); years are labels
// and never grouped ("1403", not "1,403"), in either language (issue 13.7 and 13.8).
import { describe, expect, it } from 'vitest';
import {
  buildAttribute,
  buildCase,
  buildCode,
  buildCoding,
  buildDocument,
  buildProject,
  buildSnapshot,
} from '../db/test-builders';
import { htmlReport } from './html-report';

// One interview of the year 1403: the word «سیب» 1,234 times, 1,000 of them coded.
const WORDS = 1234;
const CODED = 1000;
const project = buildProject();
const projectId = project.id;
const year = buildAttribute({ projectId, name: 'سال' });
const kase = buildCase({ projectId, values: { [year.id]: 1403 } });
const doc = buildDocument({ projectId, caseId: kase.id, text: 'سیب '.repeat(WORDS).trim() });
const code = buildCode({ projectId, name: 'میوه' });
const snapshot = buildSnapshot({
  project,
  documents: [doc],
  cases: [kase],
  attributes: [year],
  codes: [code],
  coders: [],
  memos: [],
  sets: [],
  // «سیب » is 4 UTF-16 units: the i-th word starts at 4i.
  codings: Array.from({ length: CODED }, (_, i) =>
    buildCoding({ projectId, documentId: doc.id, codeId: code.id, start: 4 * i, end: 4 * i + 3 }),
  ),
});
// 2 January 2025 is 13 Dey 1403 in the Solar Hijri calendar.
const at = Date.UTC(2025, 0, 2);
const body = (html: string) => html.slice(html.indexOf('<main>'));

describe('htmlReport numbers of 1,000 and more', () => {
  it('groups counts with ٬ in Persian', () => {
    const html = body(htmlReport(snapshot, { generatedAt: at, includePassages: false }));
    // The summary's codings, the frequency table's references, the word count and its tokens.
    expect(html).toContain('<dd>۱٬۰۰۰</dd>');
    expect(html).toContain('<td class="num">۱٬۰۰۰</td>');
    expect(html).toContain('<td class="num">۱٬۲۳۴</td>');
    expect(html).toContain('۱٬۲۳۴ واژه شمرده شد');
    // Nowhere ungrouped, nor in Latin digits: the network map's tooltip («میوه: ۱٬۰۰۰ / ۱») too.
    expect(html).toContain('<title>میوه: ۱٬۰۰۰ / ۱</title>');
    expect(html).not.toMatch(/۱۰۰۰|۱۲۳۴|1,?000|1,?234/);
  });

  it('groups counts with , in English', () => {
    const html = body(
      htmlReport(snapshot, { generatedAt: at, includePassages: false, locale: 'en' }),
    );
    expect(html).toContain('<dd>1,000</dd>');
    expect(html).toContain('<td class="num">1,000</td>');
    expect(html).toContain('<td class="num">1,234</td>');
    expect(html).toContain('1,234 words counted');
    expect(html).not.toMatch(/[^\d,]1000[^\d]|[^\d,]1234[^\d]/);
  });

  it('never groups a year: the attribute value 1403 and the Solar Hijri date', () => {
    for (const locale of ['fa', 'en'] as const) {
      for (const digits of ['persian', 'latin'] as const) {
        const html = body(
          htmlReport(snapshot, { generatedAt: at, includePassages: false, locale, digits }),
        );
        // The crosstab's column of the interview year.
        expect(html, `${locale} ${digits}`).toMatch(
          /<th scope="col" class="num"><bdi>(1403|۱۴۰۳)<\/bdi>/,
        );
        expect(html, `${locale} ${digits}`).not.toMatch(/1,40[0-9]|۱٬۴۰[۰-۹]|2,025/);
      }
    }
    const fa = body(htmlReport(snapshot, { generatedAt: at, includePassages: false }));
    expect(fa).toMatch(/<dd class="date">[^<]*۱۴۰۳[^<]*<\/dd>/);
  });
});
