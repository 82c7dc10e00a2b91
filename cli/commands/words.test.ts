import { describe, expect, it } from 'vitest';
import { loadProjectDir } from '../../shared/fixture/load-project-dir';
import { readDirFiles } from '../node-io';
import { runCli } from '../run-cli';
import { cliRunner } from '../test-cli';
import { fixture, memoryIo } from '../test-io';

const words = cliRunner({}, ['words']);

interface WordsJson {
  words: { word: string; count: number; documents: number }[];
  tokens: number;
}

/** An independent count: split every stored text on anything that is not a letter, mark or digit. */
function plainCount(word: string): { count: number; documents: number } {
  const files = readDirFiles(fixture);
  if (!files.ok) throw new Error(files.reason);
  const snapshot = loadProjectDir(files.data);
  if (!snapshot.ok) throw new Error(snapshot.reason);
  let count = 0;
  let documents = 0;
  for (const d of snapshot.data.documents) {
    const n = d.text.split(/[^\p{L}\p{M}\p{N}]+/u).filter((w) => w === word).length;
    count += n;
    if (n > 0) documents++;
  }
  return { count, documents };
}

describe('mazmun words', () => {
  it('answers the documented JSON shape, most frequent first', async () => {
    const r = await words(fixture, '--top', '10', '--format', 'json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as WordsJson;
    expect(Object.keys(j)).toEqual(['words', 'tokens']);
    expect(j.words).toHaveLength(10);
    expect(Object.keys(j.words[0] ?? {})).toEqual(['word', 'count', 'documents']);
    const counts = j.words.map((w) => w.count);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(j.tokens).toBeGreaterThan(counts.reduce((a, b) => a + b, 0));
  });

  it('counts a word as often, and in as many documents, as a plain split of the texts finds it', async () => {
    const j = JSON.parse(
      (await words(fixture, '--top', '100000', '--format', 'json')).out,
    ) as WordsJson;
    for (const word of ['همکاری', 'فرهنگی', 'مشترک', 'کریدور']) {
      const row = j.words.find((w) => w.word === word);
      expect(plainCount(word).count, word).toBeGreaterThan(0);
      expect({ count: row?.count, documents: row?.documents }, word).toEqual(plainCount(word));
    }
  });

  it('leaves the stop words out unless --all-words', async () => {
    const stopped = JSON.parse(
      (await words(fixture, '--format', 'json', '--top', '100000')).out,
    ) as WordsJson;
    const all = JSON.parse(
      (await words(fixture, '--format', 'json', '--top', '100000', '--all-words')).out,
    ) as WordsJson;
    expect(stopped.words.some((w) => w.word === 'و')).toBe(false);
    expect(all.words.find((w) => w.word === 'و')).toMatchObject(plainCount('و'));
    expect(all.tokens).toBeGreaterThan(stopped.tokens);
  });

  it('writes CSV with a header and the same rows', async () => {
    const r = await words(fixture, '--top', '3', '--format', 'csv');
    const lines = r.out
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('word,count,documents,percent');
    expect(lines).toHaveLength(4);
    const j = JSON.parse((await words(fixture, '--top', '3', '--format', 'json')).out) as WordsJson;
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual(
      j.words.map((w) => `${w.word},${w.count},${w.documents}`),
    );
  });

  it('prints a table by default', async () => {
    const r = await words(fixture, '--top', '2');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(/count\s+documents\s+percent\s+word/);
    expect(r.out.trimEnd().split('\n')).toHaveLength(4);
  });

  it('refuses a --top that is not a whole number of 1 or more', async () => {
    for (const top of ['0', '-3', 'ten', '2.5']) {
      const r = await words(fixture, '--top', top);
      expect(r.code, top).toBe(2);
      expect(r.err).toBe(`mazmun: --top must be a whole number of 1 or more (got "${top}")\n`);
    }
  });

  it('appears in mazmun --help with its JSON shape', async () => {
    const io = memoryIo();
    await runCli(['--help'], io);
    const help = io.out.join('');
    expect(help).toContain('mazmun words <project> [--top N]');
    expect(help).toContain('mazmun search <project> <query>');
    expect(help).toContain('{"words": [{"word": "…", "count": N, "documents": N}]');
    expect(help).toContain('UTF-16 offsets');
  });
});
