// The oddities of a printed table in plain words of the interface language. The engine's own
// `detail` is English; the numbers are re-read here from the parsed table so that the Persian
// sentence says the same thing.
import type { Oddity, PublishedTheme } from '../../../shared/analysis';
import type { MessageKey } from '../../i18n/catalog';

export interface OddityText {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}

const same = (a: readonly string[], b: readonly string[]): boolean =>
  a.length <= b.length && a.every((x, k) => x === b[k]);

/** The printed parts of a group: basic frequencies of an organizing theme, or the organizing
 *  frequencies (one per organizing theme) of a global theme. */
function partsSum(path: readonly string[], published: readonly PublishedTheme[]): number {
  const members = published.filter((p) => same(path, p.path));
  if (path.length === 2) return members.reduce((s, p) => s + (p.basicReferences ?? 0), 0);
  const byOrganizing = new Map<string, number>();
  for (const p of members) byOrganizing.set(p.path[1], p.organizingReferences ?? 0);
  return [...byOrganizing.values()].reduce((s, v) => s + v, 0);
}

function printedTotal(
  path: readonly string[],
  published: readonly PublishedTheme[],
): number | null {
  const first = published.find((p) => same(path, p.path));
  if (!first) return null;
  return path.length === 1 ? first.globalReferences : first.organizingReferences;
}

/** A translatable sentence for one oddity; `num` formats numbers, `digits` digit strings. */
export function describeOddity(
  oddity: Oddity,
  published: readonly PublishedTheme[],
  num: (v: number) => string,
  digits: (s: string) => string,
): OddityText {
  const theme = oddity.path.join(' › ');
  const basic = published.find((p) => p.path.join('\u001f') === oddity.path.join('\u001f'));
  switch (oddity.kind) {
    case 'repeated-source-id': {
      const printed = basic?.printedSources ?? [];
      const repeated = [...new Set(printed.filter((s, k) => printed.indexOf(s) !== k))];
      return {
        key: 'compare.odd.repeated',
        params: {
          theme,
          ids: digits(repeated.join(', ')),
          entries: num(printed.length),
          distinct: num(new Set(printed).size),
        },
      };
    }
    case 'missing-number':
      return { key: 'compare.odd.missing', params: { theme } };
    case 'frequency-below-sources':
      return {
        key: 'compare.odd.below',
        params: {
          theme,
          frequency: num(basic?.basicReferences ?? 0),
          sources: num(new Set(basic?.printedSources ?? []).size),
        },
      };
    case 'total-not-sum':
      return {
        key: 'compare.odd.notSum',
        params: {
          theme,
          printed: num(printedTotal(oddity.path, published) ?? 0),
          sum: num(partsSum(oddity.path, published)),
        },
      };
    case 'note':
      return { key: 'compare.odd.note', params: { theme, note: oddity.detail } };
  }
}
