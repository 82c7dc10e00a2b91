import { describe, expect, it } from 'vitest';
import { withMeta } from './mazmun-meta';
import { MetaReader, parseMetaFile } from './meta-file';

const G = '0a1b2c3d-0000-4000-8000-000000000001';

describe('mazmun.json', () => {
  it('is ignored unless it is Mazmun JSON', () => {
    expect(parseMetaFile('{broken')).toBeNull();
    expect(parseMetaFile('[]')).toBeNull();
    expect(parseMetaFile('{"format":"other"}')).toBeNull();
    expect(parseMetaFile('['.repeat(100_000))).toBeNull();
  });

  it('gives an item its facts by GUID, any spelling, and strips old lines from the text', () => {
    const reader = parseMetaFile(
      JSON.stringify({ format: 'mazmun-qdpx', documents: { [G]: { direction: 'rtl' } } }),
    );
    const old = withMeta('Seen by people', { direction: 'ltr' });
    expect(reader?.item('documents', `{${G.toUpperCase()}}`, old)).toEqual({
      text: 'Seen by people',
      meta: { direction: 'rtl' },
    });
    expect(reader?.item('documents', '__proto__', '')).toEqual({ text: '', meta: null });
    expect(reader?.item('attributes', G, '')).toEqual({ text: '', meta: null });
  });

  it('falls back to the [mazmun] line of older files', () => {
    const reader = new MetaReader(null);
    expect(reader.item('documents', G, withMeta('', { direction: 'ltr' }))).toEqual({
      text: '',
      meta: { direction: 'ltr' },
    });
    expect(reader.project('plain')).toEqual({ text: 'plain', meta: null });
  });
});
