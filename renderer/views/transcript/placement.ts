// Floating things (the "Code selection" button, the picker, the coding popover) sit at a point
// measured on screen. Their inline offset is computed from the inline-start edge of the
// container, so the same style works in left-to-right and right-to-left layouts.

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * insetInlineStart/insetBlockStart placing an element of size (w, h) with its inline-start
 * corner at `p`, kept inside `box` (all in the same coordinates).
 */
export function placeInBox(
  p: Point,
  size: { readonly w: number; readonly h: number },
  box: Box,
  dir: 'ltr' | 'rtl',
): { insetInlineStart: number; insetBlockStart: number } {
  const maxTop = Math.max(box.top, box.bottom - size.h);
  const top = Math.min(Math.max(p.y, box.top), maxTop) - box.top;
  if (dir === 'ltr') {
    const x = Math.min(Math.max(p.x, box.left), Math.max(box.left, box.right - size.w));
    return { insetInlineStart: x - box.left, insetBlockStart: top };
  }
  // In RTL the element grows leftwards from its inline-start (right) edge.
  const x = Math.max(Math.min(p.x, box.right), Math.min(box.right, box.left + size.w));
  return { insetInlineStart: box.right - x, insetBlockStart: top };
}
