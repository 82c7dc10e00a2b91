// Caret browsing in the transcript. The text is not editable, so the browser gives it no caret:
// a keyboard user could only grow a selection from the start of the first paragraph. The caret
// lives here as two offsets into the document text (anchor and focus, UTF-16 like codings), and
// keys move it; the DOM only shows it. Line moves need layout and are done by the DOM half
// (caret-dom.ts); everything else is pure and tested here.
import type { Paragraph } from '../../../shared/text/paragraphs';

export interface Caret {
  /** Where a selection started (stays put while Shift+arrows move the focus). */
  readonly anchor: number;
  readonly focus: number;
}

export type CaretMove =
  | 'char-forward'
  | 'char-backward'
  | 'word-forward'
  | 'word-backward'
  | 'para-start'
  | 'para-end'
  | 'para-next'
  | 'para-prev'
  | 'doc-start'
  | 'doc-end'
  | 'line-up'
  | 'line-down';

/**
 * The move a key asks for, or null for keys the caret ignores. Left and right are visual: in a
 * right-to-left paragraph, ArrowLeft moves forward in the text (to the next character).
 */
export function keyToMove(
  key: string,
  mods: { readonly ctrl: boolean },
  paraDir: 'rtl' | 'ltr',
): CaretMove | null {
  const forwardKey = paraDir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backwardKey = paraDir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  if (key === forwardKey) return mods.ctrl ? 'word-forward' : 'char-forward';
  if (key === backwardKey) return mods.ctrl ? 'word-backward' : 'char-backward';
  if (key === 'ArrowDown') return mods.ctrl ? 'para-next' : 'line-down';
  if (key === 'ArrowUp') return mods.ctrl ? 'para-prev' : 'line-up';
  if (key === 'Home') return mods.ctrl ? 'doc-start' : 'para-start';
  if (key === 'End') return mods.ctrl ? 'doc-end' : 'para-end';
  return null;
}

/** Index of the paragraph holding `offset` (a paragraph's end belongs to it), or -1. */
export function paragraphAt(paragraphs: readonly Paragraph[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = paragraphs[mid]!;
    if (offset < p.start) hi = mid - 1;
    else if (offset > p.end) lo = mid + 1;
    else return mid;
  }
  // Between paragraphs (on the line breaks): the next one.
  return lo < paragraphs.length ? lo : paragraphs.length - 1;
}

const WORD = /[\p{L}\p{M}\p{N}\u200c\u200d]/u;

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * The offset after `move` from `offset` (pure moves only; 'line-*' are the DOM's and fall back
 * to the paragraph above or below). The caret never stops between paragraphs or inside a
 * surrogate pair.
 */
export function moveOffset(
  text: string,
  paragraphs: readonly Paragraph[],
  offset: number,
  move: CaretMove,
): number {
  if (paragraphs.length === 0) return 0;
  const i = paragraphAt(paragraphs, offset);
  const para = paragraphs[i]!;
  const at = Math.max(para.start, Math.min(offset, para.end));
  const first = paragraphs[0]!;
  const last = paragraphs[paragraphs.length - 1]!;
  switch (move) {
    case 'char-forward': {
      if (at >= para.end) return i + 1 < paragraphs.length ? paragraphs[i + 1]!.start : at;
      return at + (isHigh(text.charCodeAt(at)) ? 2 : 1);
    }
    case 'char-backward': {
      if (at <= para.start) return i > 0 ? paragraphs[i - 1]!.end : at;
      return at - (at - 2 >= para.start && isHigh(text.charCodeAt(at - 2)) ? 2 : 1);
    }
    case 'word-forward': {
      // To the end of the next word (skipping what separates it), within the paragraph.
      if (at >= para.end) return i + 1 < paragraphs.length ? paragraphs[i + 1]!.start : at;
      let k = at;
      while (k < para.end && !WORD.test(text[k]!)) k++;
      while (k < para.end && WORD.test(text[k]!)) k++;
      return k;
    }
    case 'word-backward': {
      if (at <= para.start) return i > 0 ? paragraphs[i - 1]!.end : at;
      let k = at;
      while (k > para.start && !WORD.test(text[k - 1]!)) k--;
      while (k > para.start && WORD.test(text[k - 1]!)) k--;
      return k;
    }
    case 'para-start':
      return para.start;
    case 'para-end':
      return para.end;
    case 'para-next':
    case 'line-down':
      return i + 1 < paragraphs.length ? paragraphs[i + 1]!.start : para.end;
    case 'para-prev':
    case 'line-up':
      return at > para.start || i === 0 ? para.start : paragraphs[i - 1]!.start;
    case 'doc-start':
      return first.start;
    case 'doc-end':
      return last.end;
  }
}

/** The caret after moving its focus to `to`: with Shift the anchor stays, else both move. */
export function moveCaret(caret: Caret, to: number, extend: boolean): Caret {
  return extend ? { anchor: caret.anchor, focus: to } : { anchor: to, focus: to };
}

/** The selected range of a caret, or null when it is collapsed. */
export function caretRange(caret: Caret): { start: number; end: number } | null {
  if (caret.anchor === caret.focus) return null;
  return { start: Math.min(caret.anchor, caret.focus), end: Math.max(caret.anchor, caret.focus) };
}
