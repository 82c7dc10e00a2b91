import { describe, expect, it } from 'vitest';
import { loadProjectDir } from '../../shared/fixture/load-project-dir';
import { readDirFiles } from '../node-io';
import { runCli } from '../run-cli';
import { fixture, memoryIo } from '../test-io';

function storedDocuments() {
  const files = readDirFiles(fixture);
  if (!files.ok) throw new Error(files.reason);
  const snapshot = loadProjectDir(files.data);
  if (!snapshot.ok) throw new Error(snapshot.reason);
  return snapshot.data.documents;
}

async function search(...args: string[]) {
  const io = memoryIo();
  const code = await runCli(['search', ...args], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

interface Hit {
  document: string;
  start: number;
  end: number;
  text: string;
}

/** Plain occurrences of `needle` in every stored text (no normalization: the texts are Persian-lettered). */
function occurrences(needle: string): number {
  let n = 0;
  for (const d of storedDocuments()) {
    for (let i = d.text.indexOf(needle); i >= 0; i = d.text.indexOf(needle, i + 1)) n++;
  }
  return n;
}

describe('mazmun search', () => {
  it('finds the Persian-lettered text for a word typed with Arabic ي/ك', async () => {
    const r = await search(fixture, 'همكاري', '--format', 'json');
    expect(r.code).toBe(0);
    const { hits } = JSON.parse(r.out) as { hits: Hit[] };
    expect(Object.keys(hits[0] ?? {})).toEqual(['document', 'start', 'end', 'text']);
    // The fixture is written with Persian ی/ک only: every hit is a plain «همکاری».
    expect(hits.length).toBe(occurrences('همکاری'));
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.text).toBe('همکاری');
  });

  it("gives start/end as UTF-16 offsets: each hit's text is the stored text's slice", async () => {
    const docs = storedDocuments();
    const byTitle = new Map(docs.map((d) => [d.title, d.text]));
    const r = await search(fixture, 'سرمایه‌گذاری', '--format', 'json');
    const { hits } = JSON.parse(r.out) as { hits: Hit[] };
    // A half-space in the query meets a space, a half-space or nothing in the text.
    expect(hits.length).toBe(
      occurrences('سرمایه گذاری') + occurrences('سرمایه‌گذاری') + occurrences('سرمایهگذاری'),
    );
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      const text = byTitle.get(h.document);
      expect(text, h.document).toBeDefined();
      expect(text?.slice(h.start, h.end)).toBe(h.text);
    }
  });

  it('prints one tab-separated line a hit by default', async () => {
    const r = await search(fixture, 'همکاری');
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines.length).toBe(occurrences('همکاری'));
    expect(lines[0]?.split('\t')).toHaveLength(4);
    expect(r.err).toBe(`mazmun: ${lines.length} hits\n`);
  });

  it('answers an empty list, not an error, when nothing matches', async () => {
    const r = await search(fixture, 'zzzqqq', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ hits: [] });
  });

  it('refuses a missing query, a query in pieces and an empty query as usage errors', async () => {
    expect(await search(fixture)).toMatchObject({
      code: 2,
      err: 'mazmun: search needs a project and a query: mazmun search <project> <query>\n',
    });
    const many = await search(fixture, 'همکاری', 'اقتصادی');
    expect(many.code).toBe(2);
    expect(many.err).toContain('got 3 arguments');
    expect((await search(fixture, '   ')).code).toBe(2);
  });

  it('says so when the project cannot be opened', async () => {
    const r = await search('/nowhere', 'x');
    expect(r).toMatchObject({ code: 1, err: 'mazmun: /nowhere: no such file or directory\n' });
  });
});
