import { describe, expect, it } from 'vitest';
import type { Attribute, AttributeId, ProjectId } from '../../../shared/model';
import { editText, formatValue, parseInput } from './attribute-format';

const attr = (type: Attribute['type'], options: string[] = []): Attribute => ({
  id: 'a' as AttributeId,
  projectId: 'p' as ProjectId,
  name: 'x',
  type,
  options,
  calendar: type === 'year' ? 'solar-hijri' : null,
  order: 0,
});

describe('formatValue', () => {
  it('shows years without separators, in Persian digits in Persian', () => {
    expect(formatValue(attr('year'), 1403, 'fa')).toBe('۱۴۰۳');
    expect(formatValue(attr('year'), 1403, 'en')).toBe('1403');
  });
  it('shows whole numbers without digit grouping, like years', () => {
    expect(formatValue(attr('number'), 1403, 'en')).toBe('1403');
    expect(formatValue(attr('number'), 1403, 'fa')).toBe('۱۴۰۳');
    expect(formatValue(attr('number'), 12500, 'en')).toBe('12500');
  });
  it('shows fractions with the locale decimal separator', () => {
    expect(formatValue(attr('number'), 2.5, 'fa')).toBe('۲٫۵');
    expect(formatValue(attr('text'), null, 'en')).toBe('');
  });
});

describe('parseInput', () => {
  it('accepts Persian digits for numbers and years', () => {
    expect(parseInput(attr('year'), '۱۴۰۰')).toEqual({ ok: true, value: 1400 });
    expect(parseInput(attr('number'), '۳٫۵')).toEqual({ ok: true, value: 3.5 });
  });
  it('rejects letters in a number and out-of-range years', () => {
    expect(parseInput(attr('number'), '12abc')).toEqual({ ok: false, error: 'number' });
    expect(parseInput(attr('year'), '14000')).toEqual({ ok: false, error: 'year' });
    expect(parseInput(attr('year'), '1400.5')).toEqual({ ok: false, error: 'year' });
  });
  it('checks categories and clears on empty input', () => {
    expect(parseInput(attr('category', ['a']), 'b')).toEqual({ ok: false, error: 'category' });
    expect(parseInput(attr('category', ['a']), ' ')).toEqual({ ok: true, value: null });
  });
  it('puts Persian digits in the editor in Persian', () => {
    expect(editText(1400, 'fa')).toBe('۱۴۰۰');
    expect(editText('متن', 'en')).toBe('متن');
  });
});
