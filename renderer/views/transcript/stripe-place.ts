// Stripes span the lines the code covers, not the whole paragraph: the coded text's line boxes
// are measured (Range.getClientRects) after layout and the bars placed over them. When nothing
// can be measured, a bar keeps its CSS default and spans the paragraph.
import { stackLabels, unionExtent, type Span } from './stripes';

/** px of one code name's line at the top of a stripe (11px type, 1.3 line height). */
const LABEL_HEIGHT = 15;

/** A DOM Range over paragraph offsets [start, end) (absolute), or null if out of its text. */
export function rangeOf(p: HTMLElement, paraStart: number, span: Span): Range | null {
  const walker = p.ownerDocument.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  const range = p.ownerDocument.createRange();
  let pos = paraStart;
  let started = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = (n as Text).length;
    if (!started && span.start < pos + len) {
      range.setStart(n, Math.max(0, span.start - pos));
      started = true;
    }
    if (started && span.end <= pos + len) {
      range.setEnd(n, span.end - pos);
      return range;
    }
    pos += len;
  }
  return null;
}

/** Places each `[data-stripe]` bar of `box` over the lines of its spans in paragraph `p`. */
export function placeStripes(
  box: HTMLElement,
  p: HTMLElement,
  paraStart: number,
  spansOf: (codeId: string) => readonly Span[],
): void {
  const origin = box.getBoundingClientRect().top;
  const bars = [...box.querySelectorAll<HTMLElement>('[data-stripe]')];
  // All reads first, then all writes: interleaving them would force a layout per bar.
  const extents = bars.map((bar) => {
    const rects: DOMRect[] = [];
    for (const s of spansOf(bar.dataset.stripe ?? '')) {
      const r = rangeOf(p, paraStart, s);
      if (r) rects.push(...r.getClientRects());
    }
    return unionExtent(rects, origin);
  });
  const boxHeight = box.getBoundingClientRect().height;
  const wanted = extents.map((e) => e?.top ?? 0);
  const stacked = stackLabels(wanted, LABEL_HEIGHT);
  bars.forEach((bar, i) => {
    const extent = extents[i];
    bar.style.insetBlockStart = extent ? `${extent.top}px` : '';
    bar.style.insetBlockEnd = extent ? 'auto' : '';
    bar.style.blockSize = extent ? `${extent.height}px` : '';
    // The name sits beside its stripe's top, below the names already there; a name that
    // would fall out of the paragraph is left out (the stripe's title and label still say it).
    const label = bar.querySelector<HTMLElement>('[data-stripe-label]');
    if (!label) return;
    const top = stacked[i]!;
    label.style.insetBlockStart = `${top - wanted[i]!}px`;
    label.hidden = top > wanted[i]! && top + LABEL_HEIGHT > boxHeight + 2;
  });
}
