// Normalization on demand (issue 11): Arabic ي/ك → ی/ک, presentation forms folded, tatweel and
// harakat dropped, half-spaces (ZWNJ) repaired — for a document's stored text, with a map from
// old offsets to new ones so that the document's codings can be moved, and for code names.
import { ZWNJ } from './persian';

export interface NormalizedText {
  readonly text: string;
  /** The new offset of an old one (a removed character's offset goes to what follows it). */
  map(offset: number): number;
  /** Whether anything changed. */
  readonly changed: boolean;
}

const DROP = /\u0640|[\u064b-\u065f]|\u0670|\ufeff/;
const PRESENTATION = /[\ufb50-\ufdff\ufe70-\ufefe]/;

function replacement(ch: string): string {
  if (ch === 'ي' || ch === 'ى') return 'ی';
  if (ch === 'ك') return 'ک';
  if (DROP.test(ch)) return '';
  if (PRESENTATION.test(ch)) return ch.normalize('NFKC').replace(/[\u064b-\u065f\u0670]/g, '');
  return ch;
}

/** A half-space is kept only between two letters (not doubled, not next to a space or an edge). */
function keepZwnj(out: string, text: string, i: number): boolean {
  const before = out[out.length - 1] ?? '';
  let j = i + 1;
  while (j < text.length && (text[j] === ZWNJ || DROP.test(text[j] ?? ''))) j++;
  const after = replacement(text[j] ?? '');
  return /\p{L}/u.test(before) && /^\p{L}/u.test(after);
}

/** The normalized text and the offset map (UTF-16 offsets, as the store keeps them). */
export function normalizeWithMap(text: string): NormalizedText {
  const toNew = new Uint32Array(text.length + 1);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    toNew[i] = out.length;
    const ch = text[i] ?? '';
    if (ch === ZWNJ) {
      if (keepZwnj(out, text, i)) out += ZWNJ;
      continue;
    }
    out += replacement(ch);
  }
  toNew[text.length] = out.length;
  return {
    text: out,
    changed: out !== text,
    map: (offset) => toNew[Math.max(0, Math.min(text.length, offset))] ?? out.length,
  };
}

/** A code name, normalized the same way (no offsets to keep), trimmed. */
export function normalizePersianName(name: string): string {
  return normalizeWithMap(name).text.replace(/\s+/g, ' ').trim();
}
