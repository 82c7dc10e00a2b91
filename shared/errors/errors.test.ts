import { describe, expect, it } from 'vitest';
import { fail } from '../model/snapshot';
import {
  appError,
  ERROR_CATALOGUES,
  ERROR_TEMPLATES,
  errorOf,
  formatError,
  hasStrayBraces,
  isAppError,
  placeholdersOf,
  refuse,
} from './index';

describe('the error catalogues', () => {
  it('name each code after its area, once across all areas', () => {
    let total = 0;
    for (const [area, catalogue] of Object.entries(ERROR_CATALOGUES)) {
      for (const code of Object.keys(catalogue)) {
        expect(code.split('.')[0], code).toBe(area);
        expect(code, code).toMatch(/^[a-z]+\.[a-z][A-Za-z0-9]*$/);
      }
      total += Object.keys(catalogue).length;
    }
    // A code defined in two catalogues would be silently overwritten by the spread.
    expect(Object.keys(ERROR_TEMPLATES)).toHaveLength(total + 1); // + 'legacy'
  });

  it('use only {name} placeholders, and no other braces', () => {
    for (const [code, template] of Object.entries(ERROR_TEMPLATES)) {
      expect(hasStrayBraces(template), code).toBe(false);
      expect(template.trim(), code).toBe(template);
    }
    expect(hasStrayBraces('{file} is {what')).toBe(true);
    expect(hasStrayBraces('{ file} is')).toBe(true);
    expect(placeholdersOf('{a} and {b}, {a} again')).toEqual(['a', 'b']);
  });
});

describe('formatError', () => {
  it('fills the English template', () => {
    expect(formatError(appError('csv.missingColumn', { column: 'id', columns: ['a', 'b'] }))).toBe(
      'CSV has no "id" column (columns: a, b)',
    );
  });

  it('words a nested error inside its wrapper', () => {
    const inner = appError('fixture.anchorNotFound', { anchor: 'planet' });
    expect(
      formatError(appError('fixture.codingBadAnchor', { row: 3, file: 'a.txt', error: inner })),
    ).toBe('codings.csv row 3 (document a.txt): the anchor "planet" does not occur in the text');
  });

  it('shows byte counts in KB or MB when the parameter is named …Bytes', () => {
    const templates = { 'x.big': '{file} is {sizeBytes}; limit {limitBytes}, {count} parts' };
    const error = {
      code: 'x.big',
      params: { file: 'a', sizeBytes: 2048, limitBytes: 3 * 1048576, count: 2048 },
    };
    expect(formatError(error as never, templates)).toBe('a is 2 KB; limit 3 MB, 2048 parts');
  });

  it('keeps a missing parameter visible, and words an unknown code with its parameters', () => {
    expect(formatError({ code: 'csv.empty', params: {} })).toBe('CSV is empty: no header row');
    expect(formatError({ code: 'fixture.fileMissing', params: {} })).toBe('{file} is missing');
    expect(formatError({ code: 'future.thing' as never, params: { n: 2, file: 'a' } })).toBe(
      'future.thing (n: 2; file: a)',
    );
    expect(formatError({ code: 'future.bare' as never, params: {} })).toBe('future.bare');
  });

  it('gives a legacy failure its sentence back', () => {
    const r = fail('something broke');
    expect(r.ok ? null : errorOf(r)).toEqual({
      code: 'legacy',
      params: { text: 'something broke' },
    });
    expect(r.ok ? null : formatError(errorOf(r))).toBe('something broke');
  });
});

describe('refuse', () => {
  it('carries the code, the parameters and the English sentence', () => {
    const r = refuse('fixture.caseIdTwice', { row: 4, id: '7' });
    expect(r).toEqual({
      ok: false,
      reason: 'cases.csv row 4: id "7" is used twice',
      error: { code: 'fixture.caseIdTwice', params: { row: 4, id: '7' } },
    });
    expect(errorOf(r)).toBe(r.error);
    expect(refuse('csv.empty').error).toEqual({ code: 'csv.empty', params: {} });
  });

  it('is checked against the template at compile time', () => {
    // @ts-expect-error a parameter is missing
    refuse('fixture.caseIdTwice', { row: 4 });
    // @ts-expect-error a parameter the template does not name
    refuse('fixture.caseIdTwice', { row: 4, id: '7', extra: 1 });
    // @ts-expect-error the template has placeholders, so parameters are required
    refuse('fixture.caseIdTwice');
    // @ts-expect-error not a code
    refuse('fixture.noSuchCode');
    // @ts-expect-error 'legacy' is for fail(), not refuse()
    refuse('legacy', { text: 'x' });
    expect(true).toBe(true);
  });
});

describe('isAppError', () => {
  it('accepts errors that crossed a boundary and refuses other shapes', () => {
    const nested = appError('fixture.inFile', { file: 'cases.csv', error: appError('csv.empty') });
    expect(isAppError(JSON.parse(JSON.stringify(nested)))).toBe(true);
    expect(isAppError({ code: 'future.x', params: { a: ['b'] } })).toBe(true);
    expect(isAppError({ code: 'csv.empty' })).toBe(false);
    expect(isAppError({ code: 1, params: {} })).toBe(false);
    expect(isAppError({ code: 'x', params: { a: { b: 1 } } })).toBe(false);
    expect(isAppError({ code: 'x', params: [] })).toBe(false);
    expect(isAppError('csv.empty')).toBe(false);
  });
});
