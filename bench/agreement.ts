// Agreement at scale: 1,000 interviews / 100k codings split between two coders. Prints the
// median of 5 runs of each step beside a floor measured in the same run (one pass over the
// codings array), so a slow machine shows as a slow floor, not as a slow agreement.
//   node --import tsx bench/agreement.ts [--docs N] [--words W] [--codings K] [--codes M]
import { computeAgreement, prepareDocuments } from '../shared/analysis/agreement';
import { computeUnitAlpha } from '../shared/analysis/agreement-units';
import { asId, type CoderId } from '../shared/model/ids';
import type { Coding } from '../shared/model/types';
import { generateProject } from './generate';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function time(runs: number, f: () => unknown): { median: number; min: number; samples: number[] } {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    samples.push(Number((performance.now() - t0).toFixed(2)));
  }
  return { median: median(samples), min: Math.min(...samples), samples };
}

const options = {
  seed: 1,
  documents: arg('docs', 1000),
  words: arg('words', 5_000_000),
  codes: arg('codes', 200),
  codings: arg('codings', 100_000),
};
const t0 = performance.now();
const generated = generateProject(options);
process.stderr.write(`generated in ${(performance.now() - t0).toFixed(0)} ms\n`);
const a = asId<'CoderId'>('bench-coder-a') as CoderId;
const b = asId<'CoderId'>('bench-coder-b') as CoderId;
// Two coders split the codings: every other one each (overlaps between them happen where the
// generator put codings of one code close together).
const codings: Coding[] = generated.snapshot.codings.map((c, i) => ({
  ...c,
  coderId: i % 2 === 0 ? a : b,
}));
const { codes, documents } = generated.snapshot;

const runs = arg('runs', 5);
let sink = 0;
const floor = time(runs, () => {
  for (const c of codings) sink += c.end - c.start + (c.coderId === a ? 1 : 0);
});
// A second floor that allocates as agreement does: the codings grouped by document and code.
const groupFloor = time(runs, () => {
  const byDoc = new Map<string, Map<string, { start: number; end: number }[]>>();
  for (const c of codings) {
    let codes = byDoc.get(c.documentId);
    if (!codes) byDoc.set(c.documentId, (codes = new Map()));
    let list = codes.get(c.codeId);
    if (!list) codes.set(c.codeId, (list = []));
    list.push({ start: c.start, end: c.end });
  }
  sink += byDoc.size;
});
const prepare = time(runs, () => prepareDocuments(documents));
const prepared = prepareDocuments(documents);
let passages = 0;
const agreement = time(runs, () => {
  const r = computeAgreement({ codes, documents: prepared, codings, coderA: a, coderB: b });
  passages = r.passages.length;
});
const alpha = time(runs, () =>
  computeUnitAlpha({ codes, documents, codings, coders: [a, b], unit: 'paragraph' }),
);
const result = {
  project: { ...options, characters: generated.characters, codingsPerCoder: codings.length / 2 },
  runs,
  floorOnePassOverCodingsMs: floor,
  floorGroupCodingsByDocumentAndCodeMs: groupFloor,
  prepareDocumentsMs: prepare,
  agreementMs: agreement,
  alphaParagraphsByCodesMs: alpha,
  disagreementPassages: passages,
  sink: sink > 0,
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
