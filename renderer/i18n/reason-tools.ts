// The shapes shared by the reason translator and its pattern tables (kept apart so the tables
// do not import the translator that imports them), and the Persian formatting of values that both
// the patterns and the coded-error translator (errors.ts) use.
import { toPersianDigits } from '../../shared/text/persian';

/** First strong isolate … pop directional isolate: keeps Latin names whole inside Persian. */
export const FSI = '\u2068';
export const PDI = '\u2069';

/** Bidi-isolates a run: a Latin name or term stays whole inside a Persian sentence. */
export function isolate(s: string): string {
  return `${FSI}${s}${PDI}`;
}

/** Digits in Persian, with the Persian decimal separator. */
export function persianNumber(s: string | number | undefined): string {
  return toPersianDigits(String(s ?? '').replace(/\./g, '٫'));
}

const UNITS: Readonly<Record<string, string>> = { MB: 'مگابایت', KB: 'کیلوبایت', bytes: 'بایت' };

/** A size as formatBytes writes it ("200 MB", "1.5 KB", "12 bytes"), in Persian. */
export function persianSize(s = ''): string {
  const [value = s, unit = ''] = s.split(' ');
  return `${persianNumber(value)} ${UNITS[unit] ?? unit}`;
}

export interface ReasonTools {
  /** A user's file name, path or value: verbatim, in «», bidi-isolated. */
  readonly q: (s: string | undefined) => string;
  /** A Latin technical term (Word, .docx, UTF-8): verbatim and bidi-isolated, no quotes. */
  readonly l: (s: string | undefined) => string;
  /** Digits in Persian. */
  readonly d: (s: string | number | undefined) => string;
  /** A size from formatBytes ("200 MB", "1.5 KB", "12 bytes") in Persian. */
  readonly size: (s: string | undefined) => string;
  /** A nested reason, translated; null when it is not known (the whole reason then stays English). */
  readonly sub: (s: string) => string | null;
}

export interface ReasonPattern {
  readonly re: RegExp;
  /** Builds the Persian sentence from the match; null declines it. */
  readonly fa: (m: RegExpExecArray, tools: ReasonTools) => string | null;
}

/** The size as formatBytes writes it; patterns embed this to capture sizes. */
export const SIZE = String.raw`\d+(?:\.\d+)? (?:MB|KB|bytes)`;
