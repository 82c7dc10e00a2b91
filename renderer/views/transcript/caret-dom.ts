// The DOM half of the transcript's caret (caret-model.ts is the pure half): reads the browser's
// selection as offsets, shows a caret or selection at offsets, and moves a line up or down by
// layout. Only paragraphs in view are in the DOM (the list is virtualized): an offset in one
// that is not is "not shown" (null) and the caller scrolls to it first.
import type { Caret } from './caret-model';
import { pointFromDom } from './dom-selection';
import { pointOffset } from './selection-offsets';

/** The browser's selection in `root` as a caret of offsets, or null when it is elsewhere. */
export function caretFromDom(root: Element): Caret | null {
  const sel = root.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.anchorNode || !sel.focusNode) return null;
  const anchor = pointOffset(pointFromDom(root, sel.anchorNode, sel.anchorOffset));
  const focus = pointOffset(pointFromDom(root, sel.focusNode, sel.focusOffset));
  return anchor === null || focus === null ? null : { anchor, focus };
}

/** The paragraph text element holding `offset`, if it is in the DOM. */
export function paragraphElement(root: Element, offset: number): HTMLElement | null {
  for (const p of root.querySelectorAll<HTMLElement>('[data-para-text]')) {
    const start = Number(p.dataset.start);
    const end = Number(p.dataset.end);
    if (offset >= start && offset <= end) return p;
  }
  return null;
}

/** The DOM boundary point of a document offset, or null when its paragraph is not shown. */
export function domPoint(root: Element, offset: number): { node: Node; offset: number } | null {
  const p = paragraphElement(root, offset);
  if (!p) return null;
  let left = offset - Number(p.dataset.start);
  const walker = p.ownerDocument.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (left <= n.length) return { node: n, offset: left };
    left -= n.length;
    last = n;
  }
  return last ? { node: last, offset: last.length } : { node: p, offset: 0 };
}

/** Shows `caret` as the browser's selection; false when an end is not in the DOM. */
export function showCaret(root: Element, caret: Caret): boolean {
  const a = domPoint(root, caret.anchor);
  const f = domPoint(root, caret.focus);
  const sel = root.ownerDocument.getSelection();
  if (!a || !f || !sel) return false;
  sel.setBaseAndExtent(a.node, a.offset, f.node, f.offset);
  return true;
}

/** Where the caret at `offset` is drawn: a zero-width rectangle of one line's height. */
export function caretRect(root: Element, offset: number): DOMRect | null {
  const pt = domPoint(root, offset);
  if (!pt) return null;
  const range = root.ownerDocument.createRange();
  range.setStart(pt.node, pt.offset);
  range.collapse(true);
  const rect = range.getClientRects()[0] ?? null;
  if (rect && rect.height > 0) return rect;
  // A collapsed range at a node edge can have no box: use the character after (or before) it.
  const node = pt.node;
  if (node.nodeType !== Node.TEXT_NODE) return null;
  const len = (node as Text).length;
  if (len === 0) return null;
  const from = Math.min(pt.offset, len - 1);
  range.setStart(node, from);
  range.setEnd(node, from + 1);
  const box = range.getBoundingClientRect();
  const rtl = getComputedStyle(node.parentElement ?? (root as HTMLElement)).direction === 'rtl';
  const atEnd = pt.offset >= len;
  const x = rtl !== atEnd ? box.right : box.left;
  return new DOMRect(x, box.top, 0, box.height);
}

/**
 * The offset one line above or below the caret at `offset`, by hit-testing the point a line
 * height away at the same x; null when that point is not on the transcript's text.
 */
export function lineMove(root: Element, offset: number, down: boolean): number | null {
  const rect = caretRect(root, offset);
  if (!rect) return null;
  const doc = root.ownerDocument;
  const y = down ? rect.bottom + rect.height / 2 : rect.top - rect.height / 2;
  const hit = doc.caretRangeFromPoint?.(rect.left, y);
  if (!hit || !root.contains(hit.startContainer)) return null;
  const to = pointOffset(pointFromDom(root, hit.startContainer, hit.startOffset));
  return to === null || to === offset ? null : to;
}
