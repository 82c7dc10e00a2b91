import { describe, expect, it } from 'vitest';
import { azerbaijanFiles } from '../fixture/azerbaijan-files';
import { loadProjectDir } from '../fixture/load-project-dir';
import type { CodeId } from '../model/ids';
import type { ProjectSnapshot } from '../model/snapshot';
import { htmlReport } from './html-report';
import { fontFace } from './report-css';
import { buildReportModel, passageContext } from './report-model';

function study(): ProjectSnapshot {
  const r = loadProjectDir(azerbaijanFiles());
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

/** The study with a hostile transcript and code name, in English. */
function hostile(): ProjectSnapshot {
  const s = study();
  const [first, ...rest] = s.documents;
  if (!first) throw new Error('no documents');
  const evil = '<script>alert(1)</script> & "quoted"';
  return {
    ...s,
    project: { ...s.project, language: 'en', name: 'Study <b>bold</b>' },
    documents: [{ ...first, text: evil + first.text }, ...rest],
    // Shift the first document's codings so they still cover the same words.
    codings: s.codings.map((c) =>
      c.documentId === first.id
        ? { ...c, start: c.start + evil.length, end: c.end + evil.length }
        : c,
    ),
    codes: s.codes.map((c, i) =>
      i === 0 ? { ...c, name: `${c.name}<img src=x onerror=alert(2)>` } : c,
    ),
  };
}

describe('htmlReport', () => {
  it('writes numbers as the app does: ٫ and ٪ with Persian digits, never . or %', () => {
    const html = htmlReport(study(), { generatedAt: Date.UTC(2025, 0, 1), includePassages: false });
    const main = html.slice(html.indexOf('<main>'));
    // 166 of 307 references: 54.1 percent, as the app's charts write it.
    expect(main).toContain('۵۴٫۱٪');
    const figures = main.replace(/<[^>]*>/g, ' ').match(/[۰-۹][۰-۹٫٬.%٪]*/g) ?? [];
    expect(figures.length).toBeGreaterThan(20);
    expect(figures.filter((f) => /[.%]/.test(f))).toEqual([]);
  });

  it('reports the study: 166 and 141 references, right to left, Persian digits by default', () => {
    const html = htmlReport(study(), { generatedAt: Date.UTC(2025, 0, 1) });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="fa" dir="rtl">');
    expect(html).toContain('<td class="num">۱۶۶</td>');
    expect(html).toContain('<td class="num">۱۴۱</td>');
    expect(html).toContain('جدول فراوانی');
    // Both charts are inline SVG with right-to-left text.
    expect(html.match(/<svg (?![^>]*class="network-map")/g)).toHaveLength(2); // network maps apart
    expect(html).toContain('direction="rtl"');
    const latin = htmlReport(study(), { digits: 'latin', locale: 'en' });
    expect(latin).toContain('<td class="num">166</td>');
    expect(latin).toContain('<td class="num">141</td>');
    expect(latin).toContain('Frequency table');
    // English headings read left to right; the Persian passages keep their own direction.
    expect(latin).toContain('<html lang="en" dir="ltr">');
    expect(latin).toContain('<blockquote dir="rtl">');
  });

  it('escapes every piece of user text', () => {
    const html = htmlReport(hostile());
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>bold</b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain('<td class="num">166</td>');
  });

  it('filters themes and cases, and leaves passages out on request', () => {
    const s = study();
    const global = s.codes.filter((c) => c.parentId === null);
    const second = global[1]?.id as CodeId;
    const only = htmlReport(s, { themeIds: [second], digits: 'latin' });
    expect(only).toContain('<td class="num">141</td>');
    expect(only).not.toContain('<td class="num">166</td>');
    const oneCase = s.cases[0];
    if (!oneCase) throw new Error('no cases');
    const model = buildReportModel(s, { caseIds: [oneCase.id] });
    expect(model.documents).toHaveLength(1);
    expect(model.table.documents).toBe(1);
    const withPassages = htmlReport(s);
    const without = htmlReport(s, { includePassages: false });
    expect(withPassages).toContain('<mark>');
    expect(without).not.toContain('<mark>');
    expect(without.length).toBeLessThan(withPassages.length);
  });

  it('groups passages under each selected root theme with document and case', () => {
    const model = buildReportModel(study());
    expect(model.groups).toHaveLength(2);
    const passages = model.groups.flatMap((g) => g.themes.flatMap((t) => t.passages));
    expect(passages).toHaveLength(model.codingCount);
    const p = passages[0];
    expect(p && p.document.text.slice(p.coding.start, p.coding.end)).toBe(p?.text);
    expect(p?.caseName).toBeTruthy();
    // Documents in the app's order: "2." before "10.", whatever their ids.
    const titles = model.documents.map((d) => d.title);
    expect(titles.slice(0, 3).map((t) => t.split('.')[0])).toEqual(['1', '2', '3']);
    expect(titles.at(-1)?.startsWith('16.')).toBe(true);
  });

  it('embeds a base64 font and refuses anything else in the CSS', () => {
    expect(fontFace({ family: 'Vazirmatn', woff2: 'd09GMgAB' })).toContain(
      'url(data:font/woff2;base64,d09GMgAB)',
    );
    expect(fontFace({ family: 'Vazirmatn', woff2: 'data:font/woff2;base64,d09GMgAB' })).toContain(
      'base64,d09GMgAB)',
    );
    expect(fontFace({ family: 'Vazirmatn', woff2: 'x);}body{display:none' })).toBe('');
    expect(fontFace({ family: 'a";}', woff2: 'd09GMgAB' })).toBe('');
    const html = htmlReport(study(), { font: { family: 'Vazirmatn', woff2: 'd09GMgAB' } });
    expect(html).toContain('@font-face{font-family:"Vazirmatn"');
  });
});

describe('passageContext', () => {
  it('keeps whole words around the passage', () => {
    const text = 'one two three four five six seven eight nine ten '.repeat(5);
    const start = text.indexOf('five');
    const c = passageContext(text, start, start + 4);
    expect(c.text).toBe('five');
    expect(c.before.endsWith('four ')).toBe(true);
    expect(c.after.startsWith(' six')).toBe(true);
    expect(c.after.endsWith('…')).toBe(true);
    expect(passageContext('short', 0, 5)).toEqual({ before: '', text: 'short', after: '' });
  });
});
