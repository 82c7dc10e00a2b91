// The DOM half of selection mapping: finds where each end of the browser's selection lies
// (which paragraph, which text node) and hands the pure half (selection-offsets.ts) plain
// numbers. Paragraph text elements carry data-para-text, data-start and data-end.
import { offsetInTextNodes, type SelectionPoint } from './selection-offsets';

function numberAttr(el: Element, name: string): number {
  return Number(el.getAttribute(name) ?? 'NaN');
}

/** Lengths of the text nodes under `el`, and the index of `target` among them (-1 if absent). */
function textNodeLengths(el: Element, target: Node): { lengths: number[]; index: number } {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const lengths: number[] = [];
  let index = -1;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === target) index = lengths.length;
    lengths.push((n as Text).length);
  }
  return { lengths, index };
}

/** One end of a selection (a DOM boundary point) as a SelectionPoint. */
export function pointFromDom(root: Element, node: Node, offset: number): SelectionPoint {
  if (!root.contains(node)) return { kind: 'outside' };
  const el = node instanceof Element ? node : node.parentElement;
  if (!el) return { kind: 'outside' };
  const textEl = el.closest('[data-para-text]');
  if (textEl) {
    const paraStart = numberAttr(textEl, 'data-start');
    const paraEnd = numberAttr(textEl, 'data-end');
    if (node.nodeType === Node.TEXT_NODE) {
      const { lengths, index } = textNodeLengths(textEl, node);
      return {
        kind: 'text',
        paraStart,
        paraEnd,
        offset: offsetInTextNodes(lengths, index, offset),
      };
    }
    // An element boundary (e.g. between two marks): count the text before it.
    const range = el.ownerDocument.createRange();
    range.setStart(textEl, 0);
    range.setEnd(node, offset);
    return { kind: 'text', paraStart, paraEnd, offset: range.toString().length };
  }
  const row = el.closest('[data-para-row]');
  if (row) return { kind: 'before', paraStart: numberAttr(row, 'data-start') };
  // Between rows, in the list itself: the child at `offset` is the next row.
  const next = node.childNodes[offset];
  const prev = offset > 0 ? node.childNodes[offset - 1] : undefined;
  if (next instanceof Element && next.hasAttribute('data-para-row'))
    return { kind: 'before', paraStart: numberAttr(next, 'data-start') };
  if (prev instanceof Element && prev.hasAttribute('data-para-row'))
    return { kind: 'after', paraEnd: numberAttr(prev, 'data-end') };
  return { kind: 'outside' };
}

/** The current selection's two ends inside `root`, or null when there is no selection. */
export function selectionPoints(
  root: Element,
): { anchor: SelectionPoint; focus: SelectionPoint; collapsed: boolean } | null {
  const sel = root.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.anchorNode || !sel.focusNode) return null;
  return {
    anchor: pointFromDom(root, sel.anchorNode, sel.anchorOffset),
    focus: pointFromDom(root, sel.focusNode, sel.focusOffset),
    collapsed: sel.isCollapsed,
  };
}

/** The rectangle of the selection's last line, where the "Code selection" button goes. */
export function selectionEndRect(doc: Document): DOMRect | null {
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const rects = sel.getRangeAt(0).getClientRects();
  const last = rects[rects.length - 1];
  return last ?? null;
}
