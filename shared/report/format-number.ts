// The report's numbers in the app's own form (shared/text/number-format.ts): a count of 1,000 or
// more is grouped as the app groups it ("1,234", "۱٬۲۳۴"), decimals keep the fraction digits the
// section chose, and ٫ / ٪ come with Persian digits. Years are labels, not counts: they never
// pass through here (an attribute value such as 1403 is written as it is stored).
import { formatNumber, localizeNumeral } from '../text/number-format';

/** A plain numeral as sections write it: "1234", "-3", "66.7", "66.7%". */
const NUMERAL = /^(-?)(\d+)(\.\d+)?(%?)$/;

/** Thousands grouped with "," as en-US does, the form localizeNumeral turns into "٬". */
function groupLatin(text: string): string {
  const m = NUMERAL.exec(text);
  if (!m) return text;
  const [, sign = '', int = '', fraction = '', percent = ''] = m;
  return `${sign}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction}${percent}`;
}

/**
 * A count or a numeral of a report section, in Latin or Persian digits. An integer goes through
 * the app's formatNumber; a string the section formatted (toFixed, a percent) keeps its digits
 * and gets the same grouping; anything else ("< 0.001", "—") is only given the chosen digits.
 */
export function reportNumeral(value: number | string, persian: boolean): string {
  if (typeof value === 'number' && Number.isInteger(value)) {
    return formatNumber(persian ? 'fa' : 'en', value, 0);
  }
  return localizeNumeral(groupLatin(String(value)), persian);
}
