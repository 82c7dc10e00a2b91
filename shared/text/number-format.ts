// Numbers as the app writes them, for every surface (interface, HTML report, exports): Persian
// digits with the Arabic decimal separator ٫, thousands separator ٬ and percent sign ٪ in
// Persian; plain Latin otherwise. One module, so the report can't drift from the app again
// ("۶۶.۷" and "%" in the report where the app wrote "۶۶٫۷٪").
import { toPersianDigits } from './persian';

export type NumberLocale = 'en' | 'fa';

/** A numeral written with Latin digits ("1,403.5", "66.7%") in Persian form when asked. */
export function localizeNumeral(text: string, persian: boolean): string {
  if (!persian) return text;
  return toPersianDigits(text.replace(/,/g, '٬').replace(/\./g, '٫').replace(/%/g, '٪'));
}

/** Formats a number with fixed fraction digits and grouping, in the locale's form. */
export function formatNumber(locale: NumberLocale, value: number, fractionDigits = 0): string {
  const latin = value.toLocaleString('en-US', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  });
  return localizeNumeral(latin, locale === 'fa');
}

/** A percentage (0-100) with one decimal by default: "66.7%" or "۶۶٫۷٪". */
export function formatPercent(locale: NumberLocale, percent: number, fractionDigits = 1): string {
  return localizeNumeral(`${percent.toFixed(fractionDigits)}%`, locale === 'fa');
}
