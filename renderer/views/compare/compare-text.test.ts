import { describe, expect, it } from 'vitest';
import table2 from '../../../fixtures/reference/azerbaijan-table2.csv?raw';
import {
  comparePublished,
  computeFrequencyTable,
  parsePublishedTable,
  type Oddity,
  type PublishedTheme,
} from '../../../shared/analysis';
import { azerbaijanFiles } from '../../../shared/fixture/azerbaijan-files';
import { loadProjectDir } from '../../../shared/fixture/load-project-dir';
import { translate } from '../../i18n/catalog';
import { orderCells } from './compare-order';
import { describeOddity } from './compare-text';

const loaded = loadProjectDir(azerbaijanFiles());
if (!loaded.ok) throw new Error(loaded.reason);
const parsed = parsePublishedTable(table2);
if (!parsed.ok) throw new Error(parsed.reason);
const published = parsed.data;
const rows = computeFrequencyTable({ ...loaded.data, convention: 'paper' }).rows;
const comparison = comparePublished(published, rows);
const latin = (v: number): string => String(v);
const same = (s: string): string => s;
const say = (o: Oddity, locale: 'en' | 'fa' = 'en'): string => {
  const d = describeOddity(o, published, latin, same);
  return translate(locale, d.key, d.params);
};

describe('the paper’s Table 2 against the sample study', () => {
  it('matches every printed cell', () => {
    expect(comparison.mismatches).toBe(0);
    const printed = comparison.cells.filter((c) => c.printed !== null).length;
    expect(comparison.matches).toBe(printed);
  });

  it('orders cells global, organizing, basic, sources before references', () => {
    const ordered = orderCells(comparison.cells, rows);
    expect(ordered).toHaveLength(comparison.cells.length);
    expect(ordered[0]?.level).toBe('global');
    expect(ordered[1]?.level).toBe('organizing');
    expect(ordered[2]).toMatchObject({ level: 'basic', field: 'sources' });
    expect(ordered[3]).toMatchObject({ level: 'basic', field: 'references' });
  });

  it('says which source ids are printed twice, in both languages', () => {
    const repeated = comparison.oddities.filter((o) => o.kind === 'repeated-source-id');
    expect(repeated.map((o) => say(o))).toEqual([
      'انگیزشی › ساختارهای اجتماعی › استفاده از ظرفیت زنان: source id 15 is printed more than once (12 entries, 11 distinct sources).',
      'انگیزشی › عوامل سیاسی جغرافیایی › حمایت از تمامیت ارضی یکدیگر: source id 16 is printed more than once (14 entries, 13 distinct sources).',
    ]);
    expect(say(repeated[0] as Oddity, 'fa')).toContain('بیش از یک بار چاپ شده است');
  });

  it('lists the nine unprinted basic frequencies of the first page', () => {
    const missing = comparison.oddities.filter((o) => o.kind === 'missing-number');
    expect(missing).toHaveLength(9);
    expect(say(missing[0] as Oddity)).toMatch(/: its frequency is not printed\.$/);
  });
});

describe('numbers re-read from the table', () => {
  const theme = (over: Partial<PublishedTheme>): PublishedTheme => ({
    path: ['G', 'O', 'B'],
    printedSources: ['1', '2', '3'],
    basicReferences: 2,
    organizingReferences: 5,
    globalReferences: 9,
    note: '',
    ...over,
  });

  it('describes a frequency below its sources and a total that is not a sum', () => {
    const table = [theme({}), theme({ path: ['G', 'O', 'C'], basicReferences: 4 })];
    const c = comparePublished(table, []);
    const kinds = c.oddities.map((o) => o.kind);
    expect(kinds).toContain('frequency-below-sources');
    expect(kinds).toContain('total-not-sum');
    const texts = c.oddities.map((o) => say2(o, table));
    expect(texts).toContain(
      'G › O › B: the printed frequency 2 is lower than its 3 distinct sources.',
    );
    expect(texts).toContain('G › O: the printed total 5 is not the sum of its parts (6).');
    expect(texts).toContain('G: the printed total 9 is not the sum of its parts (5).');
  });
});

function say2(o: Oddity, table: readonly PublishedTheme[]): string {
  const d = describeOddity(o, table, latin, same);
  return translate('en', d.key, d.params);
}
