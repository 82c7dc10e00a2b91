// Showing and reading attribute values. Pure (no React) so it is tested in node.
import type { Attribute, AttributeValue } from '../../../shared/model';
import { toLatinDigits, toPersianDigits } from '../../../shared/text/persian';
import { formatNumber, type Locale } from '../../i18n/locales';

/** A value as the table shows it: years and integers ungrouped, Persian digits in Persian. */
export function formatValue(attr: Attribute, value: AttributeValue, locale: Locale): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    // Years and whole numbers without digit grouping: "1403" (a year or a count read as a code,
    // an Integer variable from another tool) never shows as "1,403".
    if (attr.type === 'year' || Number.isInteger(value))
      return locale === 'fa' ? toPersianDigits(String(value)) : String(value);
    const decimals = Number.isInteger(value)
      ? 0
      : Math.min(4, String(value).split('.')[1]?.length ?? 0);
    return formatNumber(locale, value, decimals);
  }
  return value;
}

/** The text to put in an editor for a value (Persian digits in Persian, no separators). */
export function editText(value: AttributeValue, locale: Locale): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' && locale === 'fa'
    ? toPersianDigits(String(value))
    : String(value);
}

export type ParseError = 'number' | 'year' | 'category';

/**
 * Reads what was typed for `attr`: numbers and years accept Persian/Arabic digits and separators.
 * Empty input clears the value (null).
 */
export function parseInput(
  attr: Attribute,
  raw: string,
):
  | { readonly ok: true; readonly value: AttributeValue }
  | { readonly ok: false; readonly error: ParseError } {
  const s = raw.trim();
  if (s === '') return { ok: true, value: null };
  switch (attr.type) {
    case 'text':
      return { ok: true, value: s };
    case 'category':
      return attr.options.includes(s) ? { ok: true, value: s } : { ok: false, error: 'category' };
    case 'number':
    case 'year': {
      const latin = toLatinDigits(s).replace(/٫/g, '.').replace(/[,٬]/g, '');
      if (!/^-?\d+(\.\d+)?$/.test(latin)) return { ok: false, error: attr.type };
      const n = Number(latin);
      if (attr.type === 'year' && (!Number.isInteger(n) || n < 1 || n > 9999)) {
        return { ok: false, error: 'year' };
      }
      return { ok: true, value: n };
    }
  }
}
