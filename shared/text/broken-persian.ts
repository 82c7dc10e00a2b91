// Broken-Persian detection: text copied out of a PDF in visual order (issue 11). The measure is
// the rate of signs (broken-persian-tokens.ts) per Persian word; the threshold was chosen on the
// sample documents in fixtures/seeds/ and on texts made in the tests (docs/pdf-and-persian.md).
import {
  coreSign,
  hasPersianLetter,
  pairCounts,
  persianCores,
  punctuationSigns,
  type EvidenceKind,
} from './broken-persian-tokens';

export type { EvidenceKind } from './broken-persian-tokens';

/** Signs per Persian word above which a text is called broken. Seeds: clean ≤ 0.1 %, broken ≥ 1 %. */
export const BROKEN_PERSIAN_THRESHOLD = 0.004;
/** Fewer Persian words than this give no verdict: a few signs in a short note prove nothing. */
export const MIN_PERSIAN_WORDS = 20;
/** …and at least this many signs in all. */
export const MIN_SIGNS = 3;
const MAX_EXAMPLES = 12;

export interface BrokenPersianExample {
  readonly kind: EvidenceKind;
  /** 0-based line number in the text. */
  readonly line: number;
  readonly sample: string;
}

export interface BrokenPersianEvidence {
  readonly persianWords: number;
  readonly signs: number;
  readonly counts: Readonly<Record<EvidenceKind, number>>;
  /** Lines whose word order reads backwards (more backward signs than forward ones). */
  readonly reversedLines: readonly number[];
  readonly examples: readonly BrokenPersianExample[];
}

export interface BrokenPersianVerdict {
  /** True when the text looks like Persian in visual (PDF) order: warn and offer the repair. */
  readonly reversed: boolean;
  /** Signs per Persian word (0 for a text with no Persian). */
  readonly score: number;
  readonly evidence: BrokenPersianEvidence;
}

export interface LineSigns {
  readonly words: number;
  readonly signs: readonly { kind: EvidenceKind; sample: string }[];
  /** Signs that the line's word order is backwards, and that it is forwards. */
  readonly backward: number;
  readonly forward: number;
}

/** The signs of one line. */
export function lineSigns(line: string): LineSigns {
  if (!hasPersianLetter(line)) return { words: 0, signs: [], backward: 0, forward: 0 };
  const cores = persianCores(line);
  const signs: { kind: EvidenceKind; sample: string }[] = [];
  for (const core of cores) {
    const kind = coreSign(core);
    if (kind) signs.push({ kind, sample: core });
  }
  const punct = punctuationSigns(line);
  for (let i = 0; i < punct.first; i++)
    signs.push({ kind: 'punctuation-first', sample: line.trim().slice(0, 40) });
  for (let i = 0; i < punct.glued; i++)
    signs.push({ kind: 'punctuation-glued', sample: line.trim().slice(0, 40) });
  const pairs = pairCounts(cores);
  for (let i = 0; i < pairs.backward; i++)
    signs.push({ kind: 'reversed-pair', sample: line.trim().slice(0, 40) });
  // A shifted ی says the glyph runs were scrambled, not which way the words run.
  const backward = signs.filter((s) => s.kind !== 'letter-shifted').length;
  return { words: cores.length, signs, backward, forward: pairs.forward };
}

function emptyCounts(): Record<EvidenceKind, number> {
  return {
    'punctuation-first': 0,
    'punctuation-glued': 0,
    'suffix-first': 0,
    'prefix-last': 0,
    'letter-shifted': 0,
    'reversed-pair': 0,
  };
}

/** The verdict on a whole text: is it Persian broken by a PDF's visual order? */
export function detectBrokenPersian(text: string): BrokenPersianVerdict {
  const counts = emptyCounts();
  const examples: BrokenPersianExample[] = [];
  const reversedLines: number[] = [];
  let words = 0;
  let signs = 0;
  text.split('\n').forEach((line, n) => {
    const s = lineSigns(line);
    words += s.words;
    signs += s.signs.length;
    for (const sign of s.signs) {
      counts[sign.kind]++;
      if (examples.length < MAX_EXAMPLES)
        examples.push({ kind: sign.kind, line: n, sample: sign.sample });
    }
    if (s.backward > s.forward) reversedLines.push(n);
  });
  const score = words === 0 ? 0 : signs / words;
  const reversed =
    words >= MIN_PERSIAN_WORDS && signs >= MIN_SIGNS && score >= BROKEN_PERSIAN_THRESHOLD;
  return {
    reversed,
    score,
    evidence: { persianWords: words, signs, counts, reversedLines, examples },
  };
}
