import { formatNumber as formatSharedNumber } from '../../shared/text/number-format';

export type Locale = 'en' | 'fa';
export const LOCALES: readonly Locale[] = ['en', 'fa'];

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'fa';
}

export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'fa' ? 'rtl' : 'ltr';
}

/** Formats a number for the interface language: Persian digits and separators in Persian. */
export function formatNumber(locale: Locale, value: number, fractionDigits = 0): string {
  return formatSharedNumber(locale, value, fractionDigits);
}
