// The report's agreement section: per-code percentage agreement and Cohen's kappa over characters
// for the first two coders (by name) who have codings; '' when fewer than two coders coded.
import { computeAgreement, prepareDocuments, type AgreementFigures } from '../analysis/agreement';
import type { Coder } from '../model';
import type { AnalysisSectionInput } from './analysis-sections';
import { escapeHtml as e } from './escape';
import { REPORT_LABELS } from './labels';

// The section's own words: labels.ts is shared by every section; these are read nowhere else.
const WORDS = {
  en: {
    heading: 'Agreement between coders',
    between: (a: string, b: string, n: string) =>
      `Between ${a} and ${b}, the first two of ${n} coders by name: percentage agreement and Cohen’s kappa over characters (each character coded or not by each coder), all documents together.`,
    code: 'Code',
    percent: 'Agreement',
    kappa: 'Kappa',
    characters: 'Characters',
    pooled: 'All codes (pooled)',
  },
  fa: {
    heading: 'توافق میان کدگذاران',
    between: (a: string, b: string, n: string) =>
      `میان ${a} و ${b}، دو کدگذار نخست از ${n} کدگذار به ترتیب نام: درصد توافق و کاپای کوهن بر پایهٔ نویسه‌ها (هر نویسه را هر کدگذار کدگذاری کرده است یا نه)، همهٔ اسناد با هم.`,
    code: 'کد',
    percent: 'توافق',
    kappa: 'کاپا',
    characters: 'نویسه‌ها',
    pooled: 'همهٔ کدها (روی هم)',
  },
} as const;

/** The coders who coded something, by name (the order the section's sentence states). */
export function codersWithCodings(input: AnalysisSectionInput): Coder[] {
  const used = new Set(input.snapshot.codings.map((c) => c.coderId));
  return input.snapshot.coders
    .filter((c) => used.has(c.id))
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
}

export function agreementSection(input: AnalysisSectionInput): string {
  const coders = codersWithCodings(input);
  const [a, b] = coders;
  if (!a || !b) return '';
  const { snapshot, ctx } = input;
  const w = ctx.labels === REPORT_LABELS.fa ? WORDS.fa : WORDS.en;
  const result = computeAgreement({
    codes: snapshot.codes,
    documents: prepareDocuments(snapshot.documents),
    codings: snapshot.codings,
    coderA: a.id,
    coderB: b.id,
  });
  const { num } = ctx;
  const cells = (f: AgreementFigures): string =>
    `<td class="num">${f.percentAgreement === null ? '—' : num(`${(f.percentAgreement * 100).toFixed(1)}%`)}</td>` +
    `<td class="num">${f.kappa === null ? '—' : num(f.kappa.toFixed(3))}</td>` +
    `<td class="num">${num(f.characters)}</td>`;
  const body = result.codes
    .map(
      (r) => `<tr><th scope="row"><bdi>${e(r.path.join(' / '))}</bdi></th>${cells(r.figures)}</tr>`,
    )
    .join('');
  const names = (c: Coder): string => `<bdi>${e(c.name)}</bdi>`;
  return (
    `<section class="agreement" aria-labelledby="agreement"><h2 id="agreement">${e(w.heading)}</h2>` +
    `<p class="note">${w.between(names(a), names(b), num(coders.length))}</p>` +
    `<table><thead><tr><th scope="col">${e(w.code)}</th><th scope="col" class="num">${e(w.percent)}</th>` +
    `<th scope="col" class="num">${e(w.kappa)}</th><th scope="col" class="num">${e(w.characters)}</th></tr></thead>` +
    `<tbody>${body}</tbody><tfoot><tr><th scope="row">${e(w.pooled)}</th>${cells(result.pooled)}</tr></tfoot></table></section>`
  );
}
