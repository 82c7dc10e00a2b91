import { describe, expect, it } from 'vitest';
import type { DocumentId } from '../../../shared/model';
import { filterDocuments } from './document-filter';

const doc = (id: string, title: string, label?: string) => ({
  id: id as DocumentId,
  title,
  ...(label ? { label } : {}),
});

const docs = [
  doc('a', '1. دکتر محمدجواد ظریف'),
  doc('b', '2. سيد عباس عراقچي'), // Arabic yeh, as some interviews are typed
  doc('c', 'Interview Tabriz', 'Tabriz, 2019'),
  doc('d', 'Field notes'),
];
const ids = (q: string) => filterDocuments(docs, q).map((d) => d.id);

describe('filterDocuments', () => {
  it('keeps every document, in order, for an empty or blank query', () => {
    expect(ids('')).toEqual(['a', 'b', 'c', 'd']);
    expect(ids('   ')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('matches Persian across ي/ی and ك/ک: «سید» finds «سيد»', () => {
    expect(ids('سید')).toEqual(['b']);
    expect(ids('ظریف')).toEqual(['a']);
  });

  it('needs every word, from the title or the label, case-insensitively', () => {
    expect(ids('interview 2019')).toEqual(['c']);
    expect(ids('interview baku')).toEqual([]);
    expect(ids('NOTES')).toEqual(['d']);
  });
});
