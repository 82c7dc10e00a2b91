// Source labels: the short name each document goes by in the report's source column, the
// heatmap's columns and the exports. By default a document takes its case's name (the usual
// reading: one interviewee, one source), else a running number; a researcher may set any label.
// Labels are joined by a separator that no label may contain — joining titles with "-" printed
// "۰-interview_en-۱۷", where nobody can tell where one title ends.
import { refuse } from '../errors';
import type { CaseId, DocumentId } from '../model/ids';
import { ok, type Result } from '../model/snapshot';
import { toPersianDigits } from '../text/persian';

export type LabelLocale = 'fa' | 'en';

/** What a label's document needs: its id, its case and its own label if one was set. */
export interface LabelledDocument {
  readonly id: DocumentId;
  readonly caseId: CaseId | null;
  readonly label?: string;
}

/** The separator per interface language: the Persian comma in Persian, a comma in English. */
export const LABEL_SEPARATOR: { readonly [L in LabelLocale]: string } = { fa: '، ', en: ', ' };

// Both commas are kept out of every label, so a label joins safely in either language.
const SEPARATOR_CHARS = /[,،]/g;
const HAS_SEPARATOR = /[,،]/;
// What a comma inside a case name becomes in a default label: the semicolon of the same script.
const ESCAPE: Readonly<Record<string, string>> = { ',': ';', '،': '؛' };

/** A case name made safe as a label: separators become semicolons, spaces collapse. */
export function escapeLabel(name: string): string {
  return name
    .replace(SEPARATOR_CHARS, (c) => ESCAPE[c] ?? ';')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A label typed by a researcher: trimmed; refused when empty, too long or holding a separator. */
export function checkSourceLabel(label: string): Result<string> {
  const t = label.replace(/\s+/g, ' ').trim();
  if (!t) return refuse('cases.labelEmpty');
  if (HAS_SEPARATOR.test(t)) return refuse('cases.labelHasSeparator', { label: t });
  if (t.length > MAX_LABEL) return refuse('cases.labelTooLong', { max: MAX_LABEL });
  return ok(t);
}

export const MAX_LABEL = 40;

/**
 * Every document's label, in the order given (the project's document order). A set label wins;
 * otherwise the case's name, numbered "name/1", "name/2" when a case has several documents;
 * otherwise the document's running number among the documents without a case. Running numbers
 * are written in the locale's digits.
 */
export function sourceLabels(
  documents: readonly LabelledDocument[],
  caseNames: ReadonlyMap<CaseId, string>,
  locale: LabelLocale = 'en',
): Map<DocumentId, string> {
  const digits = (n: number): string => (locale === 'fa' ? toPersianDigits(n) : String(n));
  const perCase = new Map<CaseId, number>();
  for (const d of documents) {
    if (d.caseId !== null && caseNames.has(d.caseId)) {
      perCase.set(d.caseId, (perCase.get(d.caseId) ?? 0) + 1);
    }
  }
  const seenOfCase = new Map<CaseId, number>();
  const out = new Map<DocumentId, string>();
  let running = 0;
  for (const d of documents) {
    const own = d.label?.trim();
    const caseName = d.caseId === null ? undefined : caseNames.get(d.caseId);
    if (own) {
      out.set(d.id, escapeLabel(own));
    } else if (caseName !== undefined && d.caseId !== null) {
      const k = (seenOfCase.get(d.caseId) ?? 0) + 1;
      seenOfCase.set(d.caseId, k);
      const name = escapeLabel(caseName);
      out.set(d.id, (perCase.get(d.caseId) ?? 0) > 1 ? `${name}/${digits(k)}` : name);
    } else {
      running++;
      out.set(d.id, digits(running));
    }
  }
  return out;
}

/** Labels of some documents joined by the locale's separator; unknown ids are skipped. */
export function joinSourceLabels(
  ids: readonly DocumentId[],
  labels: ReadonlyMap<DocumentId, string>,
  locale: LabelLocale = 'en',
): string {
  const out: string[] = [];
  for (const id of ids) {
    const l = labels.get(id);
    if (l !== undefined) out.push(l);
  }
  return out.join(LABEL_SEPARATOR[locale]);
}
