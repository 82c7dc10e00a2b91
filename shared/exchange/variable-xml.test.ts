import { describe, expect, it } from 'vitest';
import { buildAttribute, buildCase } from '../db/test-builders';
import { asId } from '../model/ids';
import type { Attribute, AttributeValue } from '../model/types';
import { settleYears, writeVariables } from './variable-xml';

const projectId = asId<'ProjectId'>('p');
const integer = (name: string, values: AttributeValue[]) => {
  const a = buildAttribute({ projectId, name, type: 'number', origin: { '#type': 'Integer' } });
  const cases = values.map((v) => buildCase({ projectId, values: { [a.id]: v } }));
  return { a, cases };
};
const settled = (name: string, values: AttributeValue[]): Attribute => {
  const { a, cases } = integer(name, values);
  const list = [a];
  settleYears(list, cases);
  return list[0]!;
};

describe('settleYears', () => {
  it('makes an Integer year-named variable a year, Solar Hijri when every value is 1200..1499', () => {
    expect(settled('Year', [1403, 1399])).toMatchObject({ type: 'year', calendar: 'solar-hijri' });
    expect(settled('Birth year', [1980, null])).toMatchObject({
      type: 'year',
      calendar: 'gregorian',
    });
    expect(settled('سال تولد', [1360])).toMatchObject({ type: 'year', calendar: 'solar-hijri' });
    expect(settled('سال‌ها', [1360])).toMatchObject({ type: 'year' });
  });

  it('leaves other integers numbers', () => {
    expect(settled('Children', [1403]).type).toBe('number');
    // «سالم» (healthy) only begins with «سال».
    expect(settled('سالم', [1])).toMatchObject({ type: 'number' });
    expect(settled('Yearly income', [1403]).type).toBe('number');
    expect(settled('Year', [1403, 12000]).type).toBe('number');
    expect(settled('Year', []).type).toBe('number');
  });
});

describe('writeVariables', () => {
  it('writes a kept Integer as Integer while every value is whole, else Float', () => {
    const { a, cases } = integer('Children', [3, 4]);
    const out = writeVariables([a], cases);
    expect(out.xml).toContain('typeOfVariable="Integer"');
    expect(out.value(a, 3)).toContain('<IntegerValue>3</IntegerValue>');
    const mixed = integer('Children', [3, 2.5]);
    expect(writeVariables([mixed.a], mixed.cases).xml).toContain('typeOfVariable="Float"');
  });

  it("keeps Mazmun's own number attributes Float", () => {
    const a = buildAttribute({ projectId, name: 'n', type: 'number' });
    const out = writeVariables([a], [buildCase({ projectId, values: { [a.id]: 3 } })]);
    expect(out.xml).toContain('typeOfVariable="Float"');
    expect(out.value(a, 3)).toContain('<FloatValue>3</FloatValue>');
  });
});
