import { describe, expect, it } from 'vitest';
import { placeBeside } from './popover-place';

// A 1280×720 viewport less an 8 px margin; a 336×360 popover (the coding popover's size).
const view = { left: 8, top: 8, right: 1272, bottom: 712 };
const size = { w: 336, h: 360 };

describe('placeBeside', () => {
  it('puts the popover 8 px below a passage near the top, at its inline-start edge', () => {
    const passage = { left: 400, top: 100, right: 900, bottom: 160 };
    expect(placeBeside(passage, size, view, 'ltr')).toEqual({ left: 400, top: 168 });
    // Right to left: its right edge on the passage's right edge (900 − 336 = 564).
    expect(placeBeside(passage, size, view, 'rtl')).toEqual({ left: 564, top: 168 });
  });

  it('goes above a passage low on the screen (below would leave the viewport)', () => {
    const passage = { left: 400, top: 500, right: 900, bottom: 560 };
    // 500 − 8 − 360 = 132.
    expect(placeBeside(passage, size, view, 'ltr')).toEqual({ left: 400, top: 132 });
  });

  it('goes beside a tall passage: its inline end first, else its inline start', () => {
    const passage = { left: 400, top: 200, right: 900, bottom: 500 };
    // Below: 508 + 360 > 712; above: 200 − 368 < 8. LTR inline end: 900 + 8 = 908, fits.
    expect(placeBeside(passage, size, view, 'ltr')).toEqual({ left: 908, top: 200 });
    // RTL inline end is the left: 400 − 8 − 336 = 56, fits.
    expect(placeBeside(passage, size, view, 'rtl')).toEqual({ left: 56, top: 200 });
    // A passage reaching the right edge in LTR: its inline start (left) side instead.
    const wide = { left: 400, top: 200, right: 1200, bottom: 500 };
    expect(placeBeside(wide, size, view, 'ltr')).toEqual({ left: 56, top: 200 });
  });

  it('covers as little as it can when nothing fits', () => {
    // The passage fills the viewport but for a strip of 100 px at the bottom.
    const passage = { left: 8, top: 8, right: 1272, bottom: 612 };
    const at = placeBeside(passage, size, view, 'ltr');
    // Pushed as low as it can go (712 − 360 = 352): 612 − 352 = 260 px of it over the passage.
    expect(at).toEqual({ left: 8, top: 352 });
  });
});
