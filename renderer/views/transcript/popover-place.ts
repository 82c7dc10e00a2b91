// Where the coding popover goes: beside the passage it describes, never over it (issue 13: the
// popover covered the whole text column at 1280×720, hiding the passage's context). Tried in
// order: below the passage, above it, then at its inline end and inline start; the first place
// that fits in the viewport without touching the passage wins, else the one covering least.
import type { Box } from './placement';

export interface Size {
  readonly w: number;
  readonly h: number;
}

const GAP = 8;

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(Math.max(v, lo), Math.max(lo, hi));
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The popover's top-left corner (viewport pixels) for a passage whose box is `passage`, inside
 * `view`. `dir` is the interface's: below or above, the popover starts at the passage's
 * inline-start edge, as the text is read.
 */
export function placeBeside(
  passage: Box,
  size: Size,
  view: Box,
  dir: 'ltr' | 'rtl',
): { left: number; top: number } {
  const startX = dir === 'ltr' ? passage.left : passage.right - size.w;
  const x = clamp(startX, view.left, view.right - size.w);
  const y = clamp(passage.top, view.top, view.bottom - size.h);
  const endSide = dir === 'ltr' ? passage.right + GAP : passage.left - GAP - size.w;
  const startSide = dir === 'ltr' ? passage.left - GAP - size.w : passage.right + GAP;
  const tries = [
    { left: x, top: passage.bottom + GAP },
    { left: x, top: passage.top - GAP - size.h },
    { left: endSide, top: y },
    { left: startSide, top: y },
  ];
  let best = { left: x, top: clamp(passage.bottom + GAP, view.top, view.bottom - size.h) };
  let least = Infinity;
  for (const p of tries) {
    const fits =
      p.left >= view.left &&
      p.top >= view.top &&
      p.left + size.w <= view.right &&
      p.top + size.h <= view.bottom;
    const at = fits
      ? p
      : {
          left: clamp(p.left, view.left, view.right - size.w),
          top: clamp(p.top, view.top, view.bottom - size.h),
        };
    const covered = overlap(
      { left: at.left, top: at.top, right: at.left + size.w, bottom: at.top + size.h },
      passage,
    );
    if (fits && covered === 0) return at;
    if (covered < least) {
      least = covered;
      best = at;
    }
  }
  return best;
}

/** The box around the rendered marks of the given codings, or null when none is on screen. */
export function passageBox(root: ParentNode, codingIds: readonly string[]): Box | null {
  let box: Box | null = null;
  for (const id of codingIds) {
    for (const mark of root.querySelectorAll(`mark[data-codings~="${CSS.escape(id)}"]`)) {
      for (const r of mark.getClientRects()) {
        box = box
          ? {
              left: Math.min(box.left, r.left),
              top: Math.min(box.top, r.top),
              right: Math.max(box.right, r.right),
              bottom: Math.max(box.bottom, r.bottom),
            }
          : { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      }
    }
  }
  return box;
}
