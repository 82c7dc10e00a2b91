// `node --import tsx bench/crosstab.ts [--quick] [--runs N]`: crosstab and co-occurrence at
// 1,000 interviews / 100k codings (bench/generate.ts), median of N runs (default 5), beside a
// floor measured in the same run: one pass over the codings that looks up each coding's
// document and code (the least any count by document and code must do). Pure functions on
// plain arrays, so Node's V8 measures what the page's V8 runs. Target: each under 200 ms.
// Prints ONE JSON object on stdout; progress on stderr.
import { performance } from 'node:perf_hooks';
import { computeCooccurrence, type CooccurrenceMode } from '../shared/analysis/cooccurrence';
import { computeCrosstab, type CrosstabCount } from '../shared/analysis/crosstab';
import { findAttribute } from '../shared/analysis/crosstab-values';
import type { DocumentId } from '../shared/model';
import { splitParagraphs } from '../shared/text/paragraphs';
import { generateProject } from './generate';

const log = (m: string) => process.stderr.write(`[crosstab] ${m}\n`);
const TARGET_MS = 200;
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;

function median(samples: readonly number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function time(
  label: string,
  work: () => unknown,
): { median_ms: number; min_ms: number; samples_ms: number[] } {
  work(); // warm-up: the first call compiles
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    work();
    samples.push(Math.round((performance.now() - t0) * 10) / 10);
  }
  log(`${label}: median ${median(samples)} ms, min ${Math.min(...samples)} ms`);
  // The minimum beside the median: on a shared machine the median carries other people's load.
  return { median_ms: median(samples), min_ms: Math.min(...samples), samples_ms: samples };
}

const size = quick
  ? { documents: 50, words: 100_000, codes: 200, codings: 5_000 }
  : { documents: 1_000, words: 5_000_000, codes: 200, codings: 100_000 };
log(`generating ${size.documents} interviews / ${size.codings} codings…`);
const { snapshot } = generateProject({ seed: 1, ...size });
const year = findAttribute(snapshot.attributes, 'سال مصاحبه');
const paragraphs = new Map<DocumentId, { start: number; end: number }[]>(
  snapshot.documents.map((d) => [d.id, splitParagraphs(d.text)]),
);

const floor = time('floor (one pass over the codings)', () => {
  const docs = new Map(snapshot.documents.map((d) => [d.id, d]));
  const codes = new Map(snapshot.codes.map((c, i) => [c.id, i]));
  let n = 0;
  for (const c of snapshot.codings) {
    if (docs.has(c.documentId)) n += codes.get(c.codeId) ?? 0;
  }
  return n;
});

const crosstab = (count: CrosstabCount) => () =>
  computeCrosstab({
    ...snapshot,
    rows: { kind: 'codes', level: 'basic' },
    columns: year?.id ?? null,
    count,
  });
const cooccurrence = (mode: CooccurrenceMode) => () =>
  computeCooccurrence({
    codes: snapshot.codes,
    codings: snapshot.codings,
    level: 'basic',
    mode,
    paragraphs,
  });

const figures = {
  crosstab_references_by_year: time('crosstab references × year', crosstab('references')),
  crosstab_sources_by_year: time('crosstab sources × year', crosstab('sources')),
  crosstab_cases_by_year: time('crosstab cases × year', crosstab('cases')),
  cooccurrence_overlap: time('co-occurrence overlap', cooccurrence('overlap')),
  cooccurrence_paragraph: time('co-occurrence paragraph', cooccurrence('paragraph')),
  cooccurrence_document: time('co-occurrence document', cooccurrence('document')),
};
const worst = Math.max(...Object.values(figures).map((f) => f.median_ms));
process.stdout.write(
  `${JSON.stringify(
    {
      project: { ...size, basic_codes: snapshot.codes.length },
      runs,
      target_ms: TARGET_MS,
      floor_ms: floor.median_ms,
      figures,
      worst_ms: worst,
      within_target: worst < TARGET_MS,
      node: process.version,
    },
    null,
    2,
  )}\n`,
);
