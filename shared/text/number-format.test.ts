import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, localizeNumeral } from './number-format';

describe('number format', () => {
  it('writes Persian digits with ٫ ٬ ٪, Latin unchanged', () => {
    expect(formatNumber('fa', 1403.25, 2)).toBe('۱٬۴۰۳٫۲۵');
    expect(formatNumber('en', 1403.25, 2)).toBe('1,403.25');
    expect(formatPercent('fa', 66.66)).toBe('۶۶٫۷٪');
    expect(formatPercent('en', 66.66)).toBe('66.7%');
    expect(localizeNumeral('(166) 54.1%', true)).toBe('(۱۶۶) ۵۴٫۱٪');
    expect(localizeNumeral('54.1%', false)).toBe('54.1%');
  });
});
