import { describe, expect, it } from 'vitest';
import { reportNumeral } from './format-number';

describe('reportNumeral', () => {
  it('groups counts of 1,000 and more as the app does, in both digit forms', () => {
    expect(reportNumeral(999, false)).toBe('999');
    expect(reportNumeral(1000, false)).toBe('1,000');
    expect(reportNumeral(1234567, false)).toBe('1,234,567');
    expect(reportNumeral(999, true)).toBe('۹۹۹');
    expect(reportNumeral(1000, true)).toBe('۱٬۰۰۰');
    expect(reportNumeral(1234567, true)).toBe('۱٬۲۳۴٬۵۶۷');
    expect(reportNumeral(-1234, true)).toBe('-۱٬۲۳۴');
  });

  it('keeps a section’s decimals and percent sign, grouping the whole part only', () => {
    expect(reportNumeral('1234.56', false)).toBe('1,234.56');
    expect(reportNumeral('1234.56', true)).toBe('۱٬۲۳۴٫۵۶');
    expect(reportNumeral('66.7%', true)).toBe('۶۶٫۷٪');
    expect(reportNumeral('0.0012', false)).toBe('0.0012');
    expect(reportNumeral(0.5, true)).toBe('۰٫۵');
  });

  it('only localizes what is not a plain numeral', () => {
    expect(reportNumeral('< 0.001', true)).toBe('< ۰٫۰۰۱');
    expect(reportNumeral('12345 words', false)).toBe('12345 words');
  });
});
