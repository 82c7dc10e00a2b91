import { describe, expect, it } from 'vitest';
import { allKeys, catalogFor, translate } from './catalog';
import { formatNumber } from './locales';

describe('message catalog', () => {
  it('has a Persian message for every English key, and none is left in English by mistake', () => {
    const fa = catalogFor('fa');
    const untranslated = allKeys().filter(
      (k) => !fa[k] || (fa[k] === catalogFor('en')[k] && !k.startsWith('lang.')),
    );
    expect(untranslated).toEqual([]);
  });

  it('fills placeholders', () => {
    expect(translate('en', 'projects.renameTo', { name: 'Pilot' })).toBe('New name for Pilot');
    expect(translate('fa', 'projects.renameTo', { name: 'آزمایشی' })).toBe('نام تازه برای آزمایشی');
  });

  it('formats numbers with Persian digits and separators in Persian', () => {
    expect(formatNumber('fa', 1403)).toBe('۱٬۴۰۳');
    expect(formatNumber('fa', 54.07, 1)).toBe('۵۴٫۱');
    expect(formatNumber('en', 1403)).toBe('1,403');
  });
});
