// eslint-disable-next-line no-restricted-imports -- a test reading the sources, not app code
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asId } from '../../shared/model';
import { recallSearch, rememberSearch } from './search-memory';

describe('search memory', () => {
  it('keeps one form per project for the session, an empty form before any', () => {
    const a = asId<'ProjectId'>('p-a');
    const b = asId<'ProjectId'>('p-b');
    expect(recallSearch(a)).toMatchObject({ text: '', mode: 'phrase', wholeWord: false });
    const form = { ...recallSearch(a), text: 'اعتماد', wholeWord: true };
    rememberSearch(a, form);
    expect(recallSearch(a)).toEqual(form);
    expect(recallSearch(b).text).toBe('');
  });
});

// Issue 13.11: hooks feed the views, so nothing in renderer/hooks may import from
// renderer/views (the search memory and hit grouping used to sit in views/search and
// use-word-frequency-search imported them from there).
describe('layering of renderer/hooks', () => {
  it('imports nothing from renderer/views', () => {
    const dir = new URL('./', import.meta.url);
    const upward = readdirSync(dir)
      .filter((f) => /\.tsx?$/.test(f))
      .flatMap((f) =>
        [...readFileSync(new URL(f, dir), 'utf8').matchAll(/from '(\.\.\/views\/[^']+)'/g)].map(
          (m) => `${f}: ${m[1]}`,
        ),
      );
    expect(upward).toEqual([]);
  });
});
