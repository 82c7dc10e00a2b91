import { describe, expect, it } from 'vitest';
import { placeInBox } from './placement';

const box = { left: 100, top: 50, right: 500, bottom: 450 };

describe('placeInBox', () => {
  it('measures from the left edge in LTR and keeps the element inside', () => {
    expect(placeInBox({ x: 200, y: 100 }, { w: 50, h: 20 }, box, 'ltr')).toEqual({
      insetInlineStart: 100,
      insetBlockStart: 50,
    });
    // Too close to the right and bottom edges: pulled back in.
    expect(placeInBox({ x: 490, y: 449 }, { w: 50, h: 20 }, box, 'ltr')).toEqual({
      insetInlineStart: 350,
      insetBlockStart: 380,
    });
  });

  it('measures from the right edge in RTL', () => {
    expect(placeInBox({ x: 400, y: 60 }, { w: 50, h: 20 }, box, 'rtl')).toEqual({
      insetInlineStart: 100,
      insetBlockStart: 10,
    });
    // Too close to the left edge: the element would stick out, so it moves right.
    expect(placeInBox({ x: 110, y: 60 }, { w: 50, h: 20 }, box, 'rtl')).toEqual({
      insetInlineStart: 350,
      insetBlockStart: 10,
    });
  });
});
