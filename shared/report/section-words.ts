// The report's words section: the project's 30 most frequent words (stop words left out; of the
// chosen cases' documents when the report is filtered by case), the
// same rows as the Analysis view's Words tab and `mazmun words` (shared/analysis/word-frequency).
import { stopSet } from '../analysis/stop-words';
import { scopeSegments, wordFrequency } from '../analysis/word-frequency';
import { topWords } from '../analysis/word-frequency-table';
import type { AnalysisSectionInput } from './analysis-sections';
import { escapeHtml as e } from './escape';
import { REPORT_LABELS } from './labels';

export const REPORT_TOP_WORDS = 30;

// The section's own words (the shared report labels are another file's): chosen by which labels
// the report uses, so the section always reads in the report's language.
const WORDS_LABELS = {
  en: {
    title: 'Word frequency',
    note: 'The {top} most frequent words of all documents; stop words (Persian and English) left out. {tokens} words counted.',
    word: 'Word',
    count: 'Count',
    documents: 'Documents',
    percent: '% of words',
  },
  fa: {
    title: 'بسامد واژه‌ها',
    note: '{top} واژهٔ پربسامد همهٔ سندها، بی واژه‌های ایست (فارسی و انگلیسی). {tokens} واژه شمرده شد.',
    word: 'واژه',
    count: 'بسامد',
    documents: 'سندها',
    percent: 'درصد از واژه‌ها',
  },
} as const;

export function wordsSection({ snapshot, ctx, selection }: AnalysisSectionInput): string {
  // A report filtered to some cases counts the words of their documents only.
  const cases = selection?.caseIds ? new Set<string>(selection.caseIds) : null;
  const texts = snapshot.documents
    .filter((d) => !cases || (d.caseId !== null && cases.has(d.caseId)))
    .map((d) => ({ id: d.id, text: d.text }));
  const result = wordFrequency(scopeSegments({ kind: 'project' }, texts), stopSet());
  const rows = topWords(result, REPORT_TOP_WORDS);
  if (rows.length === 0) return '';
  const { num } = ctx;
  const l = ctx.labels === REPORT_LABELS.fa ? WORDS_LABELS.fa : WORDS_LABELS.en;
  const note = l.note.replace('{top}', num(rows.length)).replace('{tokens}', num(result.tokens));
  const body = rows
    .map(
      (r, i) =>
        `<tr><td class="num">${num(i + 1)}</td><td><bdi>${e(r.word)}</bdi></td>` +
        `<td class="num">${num(r.count)}</td><td class="num">${num(r.documents)}</td>` +
        `<td class="num">${num(r.percent.toFixed(2))}</td></tr>`,
    )
    .join('');
  return (
    `<section class="words" aria-labelledby="words"><h2 id="words">${e(l.title)}</h2>` +
    `<p class="note">${e(note)}</p>` +
    `<table><thead><tr><th scope="col" class="num">#</th><th scope="col">${e(l.word)}</th>` +
    `<th scope="col" class="num">${e(l.count)}</th><th scope="col" class="num">${e(l.documents)}</th>` +
    `<th scope="col" class="num">${e(l.percent)}</th></tr></thead><tbody>${body}</tbody></table></section>`
  );
}
