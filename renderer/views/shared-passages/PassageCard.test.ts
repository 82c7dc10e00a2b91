// A retrieved passage speaks in its own language: Persian text in the English interface and
// Latin text in the Persian one carry a `lang`, text in the interface's script inherits the page's.
// Rendered to markup (no DOM needed): what a screen reader would be handed.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { passageContext } from '../../../shared/analysis/retrieval';
import type { RetrievalRow } from '../../hooks/use-retrieval';
import { buildRetrievalRow } from '../../hooks/use-retrieval-test-builders';
import { translate } from '../../i18n/catalog';
import { I18nContext, type I18n } from '../../i18n/I18nProvider';
import { directionOf, formatNumber, type Locale } from '../../i18n/locales';
import { PassageCard } from './PassageCard';

const FA = 'روابط ایران و آذربایجان در سال ۱۴۰۲ بهبود یافت.';
const EN = 'Trade between the two countries grew.';

function row(o: {
  title: string;
  text: string;
  codeName: string;
  memo?: string;
  loaded?: boolean;
}): RetrievalRow {
  return buildRetrievalRow({
    document: { title: o.title, direction: 'auto', length: o.text.length },
    passage: { start: 0, end: 5, memos: o.memo ? [o.memo] : [] },
    codeNames: [o.codeName],
    context: o.loaded === false ? null : passageContext(o.text, 0, 5, 160),
  });
}

function render(r: RetrievalRow, locale: Locale): string {
  const i18n: I18n = {
    locale,
    dir: directionOf(locale),
    t: (key, params) => translate(locale, key, params),
    n: (v, digits) => formatNumber(locale, v, digits),
    setLocale: () => undefined,
  };
  return renderToStaticMarkup(
    createElement(
      I18nContext.Provider,
      { value: i18n },
      createElement(PassageCard, { row: r, index: 0, onOpen: () => undefined }),
    ),
  );
}

/** The `lang` of the first element with `className`, or null when it has none. */
function langOf(markup: string, className: string): string | null {
  const tag = markup.match(new RegExp(`<[a-z]+ [^>]*class="${className}"[^>]*>`))?.[0];
  if (!tag) throw new Error(`no ${className} in ${markup}`);
  return tag.match(/ lang="([a-z]+)"/)?.[1] ?? null;
}

describe('PassageCard lang', () => {
  it('marks a Persian passage, title and code as fa in the English interface', () => {
    const html = render(row({ title: 'مصاحبه ۱', text: FA, codeName: 'همکاری اقتصادی' }), 'en');
    expect(langOf(html, 'rv-passage-text')).toBe('fa');
    expect(langOf(html, 'rv-passage-doc')).toBe('fa');
    expect(langOf(html, 'rv-chip')).toBe('fa');
  });

  it('marks a Latin passage as en in the Persian interface, and leaves Persian names alone', () => {
    const html = render(row({ title: 'مصاحبه ۲', text: EN, codeName: 'تجارت' }), 'fa');
    expect(langOf(html, 'rv-passage-text')).toBe('en');
    expect(langOf(html, 'rv-passage-doc')).toBeNull();
    expect(langOf(html, 'rv-chip')).toBeNull();
  });

  it('gives text in the interface language no lang of its own', () => {
    expect(
      langOf(
        render(row({ title: 'Interview', text: EN, codeName: 'Trade' }), 'en'),
        'rv-passage-text',
      ),
    ).toBeNull();
    expect(
      langOf(
        render(row({ title: 'مصاحبه', text: FA, codeName: 'تجارت' }), 'fa'),
        'rv-passage-text',
      ),
    ).toBeNull();
  });

  it('marks each piece by its own script: a Latin title over a Persian passage', () => {
    const html = render(
      row({ title: 'Interview 3', text: FA, codeName: 'Trade', memo: 'یادداشت کدگذار' }),
      'en',
    );
    expect(langOf(html, 'rv-passage-doc')).toBeNull();
    expect(langOf(html, 'rv-passage-text')).toBe('fa');
    expect(html).toContain('<span lang="fa">یادداشت کدگذار</span>');
  });

  it('lets the loading note speak in the interface language', () => {
    const html = render(row({ title: 'مصاحبه', text: FA, codeName: 'x', loaded: false }), 'en');
    expect(langOf(html, 'rv-passage-text')).toBeNull();
    expect(html).toContain(translate('en', 'status.loading'));
  });
});
