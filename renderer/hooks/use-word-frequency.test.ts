import { describe, expect, it } from 'vitest';
import { asId } from '../../shared/model/ids';
import { indexText } from '../../shared/search/indexed-text';
import { toWordText } from './use-word-frequency';

describe('toWordText', () => {
  const id = asId<'DocumentId'>('d1');
  const text = 'مي‌خواهم ۱۴۰۲ Iran';

  it('keeps a loaded text as it is', () => {
    expect(toWordText({ id, text, searchText: 'x' })).toEqual({ id, text, searchText: 'x' });
  });

  it("rebuilds the original text of the search's indexed form, its key as the stored key", () => {
    const indexed = indexText(id, text);
    expect(toWordText(indexed)).toEqual({ id, text, searchText: 'می خواهم 1402 iran' });
  });
});
