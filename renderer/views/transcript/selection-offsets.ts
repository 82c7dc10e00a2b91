// A DOM selection becomes UTF-16 offsets into the document text in two steps: the DOM adapter
// (dom-selection.ts) turns each end of the selection into a SelectionPoint, and the pure
// functions here order, clamp, trim and snap them. Highlight spans split a paragraph's text
// into several text nodes; the offset inside a paragraph is the sum of the text nodes before
// the point plus the offset inside its node, so markup never shifts the mapping.
import { snapToGraphemes } from '../../../shared/text/offsets';

/** One end of a selection, as the DOM adapter found it. */
export type SelectionPoint =
  /** Inside a paragraph's text: `offset` counts UTF-16 units from the paragraph's start. */
  | {
      readonly kind: 'text';
      readonly paraStart: number;
      readonly paraEnd: number;
      readonly offset: number;
    }
  /** In the paragraph's margin (number, stripes) or padding before its text. */
  | { readonly kind: 'before'; readonly paraStart: number }
  /** After the paragraph's text (e.g. the end of a triple-click selection). */
  | { readonly kind: 'after'; readonly paraEnd: number }
  /** Not in the transcript at all. */
  | { readonly kind: 'outside' };

/** Offset of a point inside a run of text nodes: lengths of the nodes, then node index + offset. */
export function offsetInTextNodes(
  nodeLengths: readonly number[],
  nodeIndex: number,
  offsetInNode: number,
): number {
  let sum = 0;
  for (let i = 0; i < nodeIndex && i < nodeLengths.length; i++) sum += nodeLengths[i] as number;
  const own = nodeLengths[nodeIndex] ?? 0;
  return sum + Math.max(0, Math.min(offsetInNode, own));
}

/** The absolute document offset of a point, or null when it is outside the transcript. */
export function pointOffset(p: SelectionPoint): number | null {
  switch (p.kind) {
    case 'text':
      return Math.max(p.paraStart, Math.min(p.paraStart + p.offset, p.paraEnd));
    case 'before':
      return p.paraStart;
    case 'after':
      return p.paraEnd;
    default:
      return null;
  }
}

/** Shrinks a range so it neither starts nor ends with white space (spaces, newlines, ZWNJ). */
export function trimRange(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && isBlank(text.charCodeAt(s))) s++;
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

function isBlank(code: number): boolean {
  // Space, tab, CR, LF, NBSP, ZWNJ, ZWJ, LRM, RLM: nothing a researcher means to code.
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0xa0 ||
    code === 0x200c ||
    code === 0x200d ||
    code === 0x200e ||
    code === 0x200f
  );
}

/**
 * The coded range for a selection from `anchor` to `focus` (either order: a right-to-left drag
 * or shift+arrow backwards ends before it starts), trimmed and widened to whole graphemes.
 * Null when the selection is empty, outside the text or only white space.
 */
export function selectionToRange(
  text: string,
  anchor: SelectionPoint,
  focus: SelectionPoint,
): { start: number; end: number } | null {
  const a = pointOffset(anchor);
  const b = pointOffset(focus);
  if (a === null || b === null) return null;
  const lo = Math.max(0, Math.min(a, b, text.length));
  const hi = Math.min(text.length, Math.max(a, b));
  const trimmed = trimRange(text, lo, hi);
  if (trimmed.end <= trimmed.start) return null;
  const snapped = snapToGraphemes(text, trimmed.start, trimmed.end);
  return snapped.end > snapped.start ? snapped : null;
}
