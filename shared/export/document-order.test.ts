import { describe, expect, it } from 'vitest';
import { inDocumentOrder } from './document-order';

const doc = (title: string, createdAt?: number) =>
  createdAt === undefined ? { title } : { title, createdAt };

describe('inDocumentOrder', () => {
  it('puts the oldest first, then orders titles with numbers by their value', () => {
    const docs = [
      doc('10. Tabriz', 5),
      doc('2. Ardabil', 5),
      doc('1. Urmia', 9),
      doc('3. Maku', 1),
    ];
    expect(inDocumentOrder(docs).map((d) => d.title)).toEqual([
      '3. Maku',
      '2. Ardabil',
      '10. Tabriz',
      '1. Urmia',
    ]);
  });

  it('orders Persian titles by their numbers too, the date alone missing', () => {
    // Persian digits have numeric values for the collator: ۲ before ۱۰.
    const docs = [doc('مصاحبهٔ ۱۰'), doc('مصاحبهٔ ۲'), doc('مصاحبهٔ ۱')];
    expect(inDocumentOrder(docs).map((d) => d.title)).toEqual([
      'مصاحبهٔ ۱',
      'مصاحبهٔ ۲',
      'مصاحبهٔ ۱۰',
    ]);
  });

  it('takes a Map’s values and leaves an array it is given as it was', () => {
    const docs = [doc('b', 2), doc('a', 1)];
    const byId = new Map(docs.map((d, i) => [i, d]));
    expect(inDocumentOrder(byId.values()).map((d) => d.title)).toEqual(['a', 'b']);
    expect(inDocumentOrder(docs).map((d) => d.title)).toEqual(['a', 'b']);
    expect(docs.map((d) => d.title)).toEqual(['b', 'a']);
  });
});
