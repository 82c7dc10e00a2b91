// A seeded synthetic project at any size, for the benchmark: Persian and English interviews with
// speaker turns, a 3-level code tree (global → organizing → basic themes), codings spread over the
// documents in proportion to their length, one case per interviewee with attributes. The same
// options give the same project, ids included, on every machine.
import { asId, type CodeId, type DocumentId, type ProjectId } from '../shared/model/ids';
import type { ProjectSnapshot } from '../shared/model/snapshot';
import type { Attribute, Case, Code, Coder, Coding, Document, Memo } from '../shared/model/types';
import { toPersianDigits } from '../shared/text/persian';
import { interviewText, type InterviewText } from './interview-text';
import { createRng, type Rng } from './prng';
import { FA_GENDERS, FA_PROVINCES, FA_ROLES, FA_SEARCH_WORD, FA_THEMES } from './vocabulary';
import { withArabicLetters } from './interview-text';

export interface GenerateOptions {
  readonly seed: number;
  readonly documents: number;
  /** Total words over all documents (each document gets at least 20). */
  readonly words: number;
  readonly codes: number;
  readonly codings: number;
  /** Share of Persian interviews (the rest are English); 0.8 by default. */
  readonly persianShare?: number;
}

export interface GeneratedProject {
  readonly snapshot: ProjectSnapshot;
  /** Words actually written (the target rounded to whole sentences). */
  readonly words: number;
  readonly characters: number;
  readonly levels: { readonly global: number; readonly organizing: number; readonly basic: number };
  /** The rare word planted for the search benchmark, and how many times it was written. */
  readonly searchWord: string;
  readonly searchWordCount: number;
  /** The same word as a researcher might type it: Arabic ي, half-space lost. */
  readonly searchQuery: string;
}

const T0 = Date.UTC(2025, 0, 1);
const PALETTE = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#42d4f4', '#f032e6'];

/** How M codes split into the three levels of a thematic network (about 1 : 4 : 20). */
export function levelSizes(codes: number) {
  const global = codes > 0 ? Math.max(1, Math.round(codes * 0.04)) : 0;
  const organizing = Math.min(codes - global, Math.max(1, Math.round(codes * 0.16)));
  return { global, organizing, basic: codes - global - organizing };
}

/** Splits `total` into `weights.length` integers proportional to the weights, summing to total. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.floor((total * w) / sum));
  let left = total - out.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % out.length, left--) out[i] = (out[i] ?? 0) + 1;
  return out;
}

function buildCodes(rng: Rng, projectId: ProjectId, m: number): Code[] {
  const sizes = levelSizes(m);
  const codes: Code[] = [];
  const make = (i: number, parentId: CodeId | null, order: number): Code => {
    const theme = FA_THEMES[i % FA_THEMES.length] as string;
    return {
      id: asId<'CodeId'>(rng.uuid()),
      projectId,
      parentId,
      name: `${theme} ${toPersianDigits(i + 1)}`,
      description: `تعریف ${theme}`,
      whenToUse: '',
      whenNotToUse: '',
      example: '',
      color: PALETTE[i % PALETTE.length] as string,
      order,
    };
  };
  const globals = Array.from({ length: sizes.global }, (_, i) => make(i, null, i));
  const organizing = Array.from({ length: sizes.organizing }, (_, i) => {
    const parent = globals[i % globals.length] as Code;
    return make(sizes.global + i, parent.id, Math.floor(i / globals.length));
  });
  const parents = organizing.length > 0 ? organizing : globals;
  const basic = Array.from({ length: sizes.basic }, (_, i) => {
    const parent = parents[i % parents.length] as Code;
    return make(sizes.global + sizes.organizing + i, parent.id, Math.floor(i / parents.length));
  });
  codes.push(...globals, ...organizing, ...basic);
  return codes;
}

function buildCasesAndAttributes(rng: Rng, projectId: ProjectId, n: number) {
  const attr = (name: string, type: Attribute['type'], order: number, options: string[] = []) => ({
    id: asId<'AttributeId'>(rng.uuid()),
    projectId,
    name,
    type,
    options,
    calendar: type === 'year' ? ('solar-hijri' as const) : null,
    order,
  });
  const role = attr('نقش', 'category', 0, [...FA_ROLES]);
  const gender = attr('جنسیت', 'category', 1, [...FA_GENDERS]);
  const year = attr('سال مصاحبه', 'year', 2);
  const age = attr('سن', 'number', 3);
  const city = attr('شهر', 'text', 4);
  const cases: Case[] = Array.from({ length: n }, (_, i) => ({
    id: asId<'CaseId'>(rng.uuid()),
    projectId,
    name: `مشارکت‌کننده ${toPersianDigits(i + 1)}`,
    description: '',
    values: {
      [role.id]: rng.pick(FA_ROLES),
      [gender.id]: rng.pick(FA_GENDERS),
      [year.id]: rng.int(1398, 1403),
      [age.id]: rng.int(25, 70),
      [city.id]: rng.pick(FA_PROVINCES),
    },
  }));
  return { cases, attributes: [role, gender, year, age, city] as Attribute[] };
}

/** A code index skewed towards the first codes of a level, as real codebooks are. */
function skewedPick<T>(rng: Rng, xs: readonly T[]): T {
  const r = rng.next();
  return xs[Math.floor(xs.length * r * r)] as T;
}

function buildCodings(
  rng: Rng,
  projectId: ProjectId,
  docs: readonly { id: DocumentId; body: InterviewText }[],
  codes: readonly Code[],
  k: number,
  coders: readonly Coder[],
): Coding[] {
  const sizes = levelSizes(codes.length);
  const globals = codes.slice(0, sizes.global);
  const organizing = codes.slice(sizes.global, sizes.global + sizes.organizing);
  const basic = codes.slice(sizes.global + sizes.organizing);
  const pickCode = (): Code => {
    const r = rng.next();
    if (basic.length && (r < 0.85 || !organizing.length)) return skewedPick(rng, basic);
    if (organizing.length && (r < 0.95 || !globals.length)) return skewedPick(rng, organizing);
    return skewedPick(rng, globals.length ? globals : codes);
  };
  const perDoc = apportion(
    k,
    docs.map((d) => d.body.sentences.length),
  );
  const out: Coding[] = [];
  docs.forEach((d, di) => {
    const spans = d.body.sentences;
    for (let j = 0; j < (perDoc[di] ?? 0); j++) {
      const first = rng.int(0, spans.length - 1);
      // One to three sentences of the same answer.
      let last = first;
      for (let more = rng.int(0, 2); more > 0; more--) {
        if (d.body.turns[last + 1] !== d.body.turns[first]) break;
        last++;
      }
      const coder = rng.chance(0.1) ? null : (coders[out.length % coders.length] ?? null);
      out.push({
        id: asId<'CodingId'>(rng.uuid()),
        projectId,
        documentId: d.id,
        codeId: pickCode().id,
        start: (spans[first] as readonly [number, number])[0],
        end: (spans[last] as readonly [number, number])[1],
        coderId: coder?.id ?? null,
        memo: rng.chance(0.01) ? 'این بخش دوپهلو است؛ با کدگذار دوم بررسی شود.' : '',
        createdAt: T0 + out.length,
      });
    }
  });
  return out;
}

/** Generates the project. Sizes of 0 codes with codings > 0 are refused by returning no codings. */
export function generateProject(options: GenerateOptions): GeneratedProject {
  const rng = createRng(options.seed);
  const projectId = asId<'ProjectId'>(rng.uuid());
  const n = Math.max(1, options.documents);
  const persianShare = options.persianShare ?? 0.8;
  const { cases, attributes } = buildCasesAndAttributes(rng, projectId, n);
  const coders: Coder[] = ['کدگذار الف', 'کدگذار ب'].map((name) => ({
    id: asId<'CoderId'>(rng.uuid()),
    projectId,
    name,
  }));
  const targets = apportion(
    Math.max(options.words, 20 * n),
    Array.from({ length: n }, () => 0.5 + rng.next()),
  );
  const docs = targets.map((target, i) => {
    const lang = rng.chance(persianShare) ? 'fa' : 'en';
    const body = interviewText(rng, lang, Math.max(20, target));
    const doc: Document = {
      id: asId<'DocumentId'>(rng.uuid()),
      projectId,
      title: lang === 'fa' ? `مصاحبه ${toPersianDigits(i + 1)}` : `Interview ${i + 1}`,
      text: body.text,
      direction: lang === 'fa' ? 'rtl' : 'ltr',
      caseId: (cases[i] as Case).id,
      createdAt: T0 + i,
    };
    return { id: doc.id, doc, body };
  });
  const codes = buildCodes(rng, projectId, Math.max(0, options.codes));
  const codings = codes.length
    ? buildCodings(rng, projectId, docs, codes, Math.max(0, options.codings), coders)
    : [];
  const memos: Memo[] = codes
    .filter((c) => c.parentId === null)
    .map((c, i) => ({
      id: asId<'MemoId'>(rng.uuid()),
      projectId,
      target: { kind: 'code', id: c.id },
      title: `یادداشت ${c.name}`,
      text: 'این مضمون فراگیر از مضامین سازمان‌دهنده زیر ساخته شده است.',
      createdAt: T0 + i,
      updatedAt: T0 + i,
    }));
  const project = {
    id: projectId,
    name: `بنچمارک: ${n} مصاحبه`,
    description: `Synthetic benchmark project (seed ${options.seed})`,
    language: 'fa',
    createdAt: T0,
    updatedAt: T0,
  };
  const documents = docs.map((d) => d.doc);
  return {
    snapshot: { project, documents, cases, attributes, codes, codings, memos, coders },
    words: docs.reduce((a, d) => a + d.body.words, 0),
    characters: documents.reduce((a, d) => a + d.text.length, 0),
    levels: levelSizes(codes.length),
    searchWord: FA_SEARCH_WORD,
    searchWordCount: docs.reduce((a, d) => a + d.body.searchWordCount, 0),
    searchQuery: withArabicLetters(FA_SEARCH_WORD).replace('\u200c', ' '),
  };
}
