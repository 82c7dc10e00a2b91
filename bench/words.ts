// Word frequency at scale: `node --import tsx bench/words.ts [--quick]`. Generates the bench's
// 1,000-interview project (bench/generate.ts: 5M words, 200 codes, 100k codings; --quick: 50
// interviews, 100k words), then times, median of 5, in this Node process:
//   - words_project_ms: word frequency over the whole project, stop words left out, texts with
//     their stored search keys (as the app reads them: documentTexts.searchText);
//   - words_project_nokey_ms: the same from the texts alone (the CLI and the report): each
//     distinct written form keyed once;
//   - words_code_ms: over the passages of the largest global theme (its sub-codes included);
//   - floor_split_ms: a floor measured in the same run: a plain split of every text on
//     whitespace, each piece counted in a Map (no normalization, no stop list, no forms);
//   - floor_scan_ms: the hard floor: one read of every UTF-16 unit of every text.
// stdout carries ONE JSON object; progress goes to stderr. In the page the figure is similar:
// the Words tab reads the texts 50 documents at a time and counts them with the same code.
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { stopSet } from '../shared/analysis/stop-words';
import { scopeSegments, wordFrequency, type WordText } from '../shared/analysis/word-frequency';
import type { CodeId } from '../shared/model/ids';
import { normalizeForSearch } from '../shared/text/persian';
import { FULL, QUICK } from './run/options';
import { generateProject } from './generate';

const RUNS = 5;
const log = (m: string) => process.stderr.write(`[bench:words] ${m}\n`);
const round2 = (x: number) => Math.round(x * 100) / 100;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function time(runs: number, f: () => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    out.push(performance.now() - t0);
  }
  return out;
}

function main(): void {
  const quick = process.argv.includes('--quick');
  const size = quick ? QUICK : FULL;
  log(`generating ${size.documents} interviews, ${size.words} words…`);
  const project = generateProject({ seed: 1, ...size });
  const { documents, codes, codings } = project.snapshot;
  const plain: WordText[] = documents.map((d) => ({ id: d.id, text: d.text }));
  const keyed: WordText[] = documents.map((d) => ({
    id: d.id,
    text: d.text,
    searchText: normalizeForSearch(d.text),
  }));
  const stop = stopSet();
  // The global theme with the most passages under it.
  const roots = codes.filter((c) => c.parentId === null);
  const parentOf = new Map(codes.map((c) => [c.id, c.parentId]));
  const rootOf = (id: CodeId): CodeId => {
    let at = id;
    for (let p = parentOf.get(at); p; p = parentOf.get(at)) at = p;
    return at;
  };
  const perRoot = new Map<CodeId, number>();
  for (const c of codings) perRoot.set(rootOf(c.codeId), (perRoot.get(rootOf(c.codeId)) ?? 0) + 1);
  const root = [...roots].sort((a, b) => (perRoot.get(b.id) ?? 0) - (perRoot.get(a.id) ?? 0))[0];
  if (!root) throw new Error('the generated project has no codes');

  log('timing…');
  const result = wordFrequency(scopeSegments({ kind: 'project' }, keyed), stop);
  const project_ms = time(RUNS, () =>
    wordFrequency(scopeSegments({ kind: 'project' }, keyed), stop),
  );
  const nokey_ms = time(RUNS, () => wordFrequency(scopeSegments({ kind: 'project' }, plain), stop));
  const code_ms = time(RUNS, () =>
    wordFrequency(scopeSegments({ kind: 'code', codeId: root.id }, keyed, codes, codings), stop),
  );
  const floor_ms = time(RUNS, () => {
    const counts = new Map<string, number>();
    for (const d of documents) {
      for (const w of d.text.split(/\s+/)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    return counts.size;
  });
  const scan_ms = time(RUNS, () => {
    let sum = 0;
    for (const d of documents) for (let i = 0; i < d.text.length; i++) sum += d.text.charCodeAt(i);
    return sum;
  });
  const out = {
    documents: documents.length,
    words_generated: project.words,
    characters: project.characters,
    tokens_all: result.allTokens,
    tokens_counted: result.tokens,
    distinct_words: result.rows.length,
    runs: RUNS,
    words_project_ms: round2(median(project_ms)),
    words_project_nokey_ms: round2(median(nokey_ms)),
    words_code_ms: round2(median(code_ms)),
    floor_split_ms: round2(median(floor_ms)),
    floor_scan_ms: round2(median(scan_ms)),
    ratio_to_split: round2(median(project_ms) / median(floor_ms)),
    ratio_to_scan: round2(median(project_ms) / median(scan_ms)),
    samples: {
      words_project_ms: project_ms.map(round2),
      words_project_nokey_ms: nokey_ms.map(round2),
      words_code_ms: code_ms.map(round2),
      floor_split_ms: floor_ms.map(round2),
      floor_scan_ms: scan_ms.map(round2),
    },
    top: result.rows.slice(0, 5).map((r) => ({ word: r.word, count: r.count })),
    node: process.version,
    // Other work on the machine slows every figure: how busy it was.
    load_average_1m: round2(loadavg()[0] ?? 0),
    cpus: cpus().length,
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

main();
