import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLEAN_PERSIAN, toVisualOrder } from '../../shared/text/broken-persian-test-builders';
import { runCli } from '../run-cli';
import { memoryIo, root } from '../test-io';

const seed = (name: string) => readFileSync(`${root}fixtures/seeds/${name}`);
const pdf = (name: string) => readFileSync(`${root}fixtures/pdf/${name}`);
const utf8 = (s: string) => new TextEncoder().encode(s);

interface TextJson {
  text: string;
  pages: number;
  direction: string;
  warnings: { kind: string; score: number }[];
  repaired: boolean;
}

async function textOf(
  file: string,
  bytes: Uint8Array,
  ...args: string[]
): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo({}, new Map([[file, bytes]]));
  const code = await runCli(['text', file, ...args], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

const json = (out: string) => JSON.parse(out) as TextJson;

describe('mazmun text', () => {
  it('flags seed 002 (Persian copied out of a PDF) and leaves it as read without --repair', async () => {
    const bytes = seed('002_e0ff0a2344230e73.txt');
    const r = await textOf('/s/002.txt', bytes, '--format', 'json');
    expect(r.code).toBe(0);
    const j = json(r.out);
    expect(Object.keys(j)).toEqual(['text', 'pages', 'direction', 'warnings', 'repaired']);
    expect(j.warnings).toHaveLength(1);
    expect(j.warnings[0]?.kind).toBe('reversed-persian');
    // docs/pdf-and-persian.md: 152 signs over 9,720 Persian words.
    expect(j.warnings[0]?.score).toBeCloseTo(152 / 9720, 4);
    expect(j.repaired).toBe(false);
    expect(j.direction).toBe('rtl');
    expect(j.pages).toBe(1);
    // The first line with words, as in the file ("  چکیده").
    expect(j.text.split('\n')[0]?.trim()).toBe('چکیده');
  });

  it('does not flag seed 000 (clean Persian)', async () => {
    const r = await textOf('/s/000.txt', seed('000_9b2c7ee10cd64283.txt'), '--format', 'json');
    expect(r.code).toBe(0);
    expect(json(r.out).warnings).toEqual([]);
    expect(json(r.out).repaired).toBe(false);
  });

  it('--repair restores a paragraph put in visual order; text format warns on stderr', async () => {
    const broken = toVisualOrder(`${CLEAN_PERSIAN}\n${CLEAN_PERSIAN}`);
    const asIs = await textOf('/s/broken.txt', utf8(broken));
    expect(asIs.out).toBe(`${broken}\n`);
    expect(asIs.err).toMatch(/visual \(PDF\) order .*--repair/);
    const fixed = await textOf('/s/broken.txt', utf8(broken), '--repair', '--format', 'json');
    expect(json(fixed.out).text).toBe(`${CLEAN_PERSIAN}\n${CLEAN_PERSIAN}`);
    expect(json(fixed.out).repaired).toBe(true);
    expect(json(fixed.out).warnings[0]?.kind).toBe('reversed-persian');
  });

  it('reads a PDF: pages, direction, the running header kept', async () => {
    const r = await textOf('/p/persian.pdf', pdf('persian.pdf'), '--format', 'json');
    expect(r.code).toBe(0);
    const j = json(r.out);
    // fixtures/pdf/make-pdfs.mjs: five pages, each under the same header.
    expect(j.pages).toBe(5);
    expect(j.direction).toBe('rtl');
    expect(j.warnings).toEqual([]);
    expect(j.text.split('\n')[0]).toBe('فصلنامۀ پژوهش‌های کیفی — نسخۀ آزمایشی');
    const en = json((await textOf('/p/english.pdf', pdf('english.pdf'), '--format', 'json')).out);
    expect(en.pages).toBe(3);
    expect(en.direction).toBe('ltr');
  });

  it('refuses a scan plainly, and usage errors with exit 2', async () => {
    const scan = await textOf('/p/scan.pdf', pdf('scan.pdf'));
    expect(scan.code).toBe(1);
    expect(scan.err).toBe(
      'mazmun: This PDF has no text layer (a scanned image?); Mazmun cannot read text from images.\n',
    );
    const io = memoryIo();
    expect(await runCli(['text'], io)).toBe(2);
    expect(await runCli(['text', 'a.txt', '--format', 'csv'], io)).toBe(2);
    expect(await runCli(['text', '/missing.txt'], io)).toBe(1);
    expect(io.err.at(-1)).toBe('mazmun: /missing.txt: no such file\n');
  });
  it('normalizes Persian with --normalize only', async () => {
    // Arabic ي and ك, a tatweel and a fatha: written out by hand normalized.
    const bytes = utf8('علي كتاب مـهم بَد');
    const plain = await textOf('/n.txt', bytes, '--format', 'json');
    expect(json(plain.out).text).toBe('علي كتاب مـهم بَد');
    const r = await textOf('/n.txt', bytes, '--normalize', '--format', 'json');
    expect(r.code).toBe(0);
    expect(json(r.out).text).toBe('علی کتاب مهم بد');
  });
});
