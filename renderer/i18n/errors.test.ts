import { describe, expect, it } from 'vitest';
import {
  appError,
  ERROR_TEMPLATES,
  hasStrayBraces,
  placeholdersOf,
  refuse,
} from '../../shared/errors';
import { fail } from '../../shared/model/snapshot';
import { ERROR_TEMPLATES_FA } from './errors-fa';
import { translateError, translateFailure } from './errors';
import { FSI, PDI } from './reason-tools';

const english: Readonly<Record<string, string>> = ERROR_TEMPLATES;
const persian: Readonly<Record<string, string>> = ERROR_TEMPLATES_FA;

/** The codes of one catalogue missing from the other ('legacy' has no Persian: it is the fallback). */
function missing(from: Readonly<Record<string, string>>, to: Readonly<Record<string, string>>) {
  return Object.keys(from).filter((code) => code !== 'legacy' && !Object.hasOwn(to, code));
}

const sorted = (a: readonly string[]) => [...a].sort();

describe('the error catalogues, English and Persian', () => {
  it('give every code both languages', () => {
    expect(missing(english, persian)).toEqual([]);
    expect(missing(persian, english)).toEqual([]);
    // The check itself notices a gap either way.
    expect(missing({ 'x.a': '', 'x.b': '' }, { 'x.a': '' })).toEqual(['x.b']);
    expect(missing({ 'x.a': '' }, { 'x.a': '', 'x.b': '' })).toEqual([]);
    expect(missing({ 'x.a': '', 'x.b': '' }, { 'x.b': '' })).toEqual(['x.a']);
  });

  it('use exactly the placeholders of the English template in the Persian one', () => {
    for (const [code, fa] of Object.entries(persian)) {
      expect(sorted(placeholdersOf(fa)), code).toEqual(sorted(placeholdersOf(english[code] ?? '')));
      expect(hasStrayBraces(fa), code).toBe(false);
    }
  });

  it('are real Persian: each template has Persian letters', () => {
    for (const [code, fa] of Object.entries(persian)) expect(fa, code).toMatch(/[\u0600-\u06ff]/);
  });
});

describe('translateError', () => {
  it('words English from the template and Persian from the Persian template', () => {
    const e = appError('fixture.caseIdTwice', { row: 12, id: 'P-7' });
    expect(translateError(e, 'en')).toBe('cases.csv row 12: id "P-7" is used twice');
    expect(translateError(e, 'fa')).toBe(
      `${FSI}cases.csv${PDI}، ردیف ۱۲: شناسهٔ «${FSI}P-7${PDI}» دو بار به کار رفته است`,
    );
  });

  it('translates a nested error inside its wrapper, digits and lists in Persian', () => {
    const inner = appError('csv.missingColumn', { column: 'id', columns: ['name', 'سال'] });
    const e = appError('fixture.inFile', { file: 'cases.csv', error: inner });
    expect(translateError(e, 'en')).toBe('cases.csv: CSV has no "id" column (columns: name, سال)');
    const fa = translateError(e, 'fa');
    expect(fa).toBe(
      `فایل «${FSI}cases.csv${PDI}»: ${FSI}${FSI}CSV${PDI} ستون «${FSI}id${PDI}» را ندارد ` +
        `(ستون‌ها: ${FSI}name${PDI}، ${FSI}سال${PDI})${PDI}`,
    );
  });

  it('writes numbers with Persian digits and byte counts in Persian units', () => {
    expect(
      translateError(appError('fixture.anchorBadOccurrence', { occurrence: 1.5 }), 'fa'),
    ).toContain('(آمده: ۱٫۵)');
    // No catalogue code takes a size yet: a template of the test's own shows the rule.
    const templates = { 'x.big': '{file} {sizeBytes} است، نه {limitBytes}؛ {count} بخش' };
    const e = {
      code: 'x.big',
      params: { file: 'a.docx', sizeBytes: 1536, limitBytes: 1048576, count: 2048 },
    };
    expect(translateError(e as never, 'fa', templates)).toBe(
      `${FSI}a.docx${PDI} ۱٫۵ کیلوبایت است، نه ۱ مگابایت؛ ۲۰۴۸ بخش`,
    );
  });

  it('falls back to the pattern table for legacy failures, and to English for unknown codes', () => {
    // snapshot-check.ts still words its findings as sentences.
    const sentence = 'A code (c-1) belongs to another project.';
    const fa = `یک کد («${FSI}c-1${PDI}») به پروژهٔ دیگری تعلق دارد.`;
    const legacy = fail(sentence);
    expect(legacy.ok ? '' : translateFailure(legacy, 'fa')).toBe(fa);
    expect(translateFailure(sentence, 'fa')).toBe(fa);
    expect(translateFailure('Something new went wrong', 'fa')).toBe('Something new went wrong');
    const future = { code: 'future.thing', params: { n: 3 } } as never;
    expect(translateError(future, 'fa')).toBe('future.thing (n: 3)');
  });

  it('takes a failed Result, its error or its sentence alike', () => {
    const r = refuse('store.codeGone');
    expect(translateFailure(r, 'fa')).toBe('این کد دیگر وجود ندارد.');
    expect(translateFailure(r.error ?? '', 'fa')).toBe('این کد دیگر وجود ندارد.');
    expect(translateFailure(r, 'en')).toBe('The code no longer exists.');
  });
});
