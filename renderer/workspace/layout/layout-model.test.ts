import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LAYOUT,
  defaultLayoutFor,
  keyStep,
  nextPane,
  parseLayout,
  resize,
  serializeLayout,
  toggleCollapsed,
} from './layout-model';

describe('workspace layout model', () => {
  it('clamps a resize to the bounds of the dimension', () => {
    expect(resize(DEFAULT_LAYOUT, 'sideWidth', 50).sideWidth).toBe(200);
    expect(resize(DEFAULT_LAYOUT, 'sideWidth', 9999).sideWidth).toBe(640);
    expect(resize(DEFAULT_LAYOUT, 'documentsShare', 33.4).documentsShare).toBe(33);
    expect(resize(DEFAULT_LAYOUT, 'segmentsShare', Number.NaN)).toBe(DEFAULT_LAYOUT);
  });

  it('steps a separator by arrows, pages and Home/End', () => {
    const grows = ['ArrowRight'];
    const shrinks = ['ArrowLeft'];
    expect(keyStep(DEFAULT_LAYOUT, 'sideWidth', 'ArrowRight', grows, shrinks)).toBe(296);
    expect(keyStep(DEFAULT_LAYOUT, 'sideWidth', 'ArrowLeft', grows, shrinks)).toBe(264);
    expect(keyStep(DEFAULT_LAYOUT, 'sideWidth', 'PageUp', grows, shrinks)).toBe(344);
    expect(keyStep(DEFAULT_LAYOUT, 'sideWidth', 'Home', grows, shrinks)).toBe(200);
    expect(keyStep(DEFAULT_LAYOUT, 'sideWidth', 'End', grows, shrinks)).toBe(640);
    expect(keyStep(DEFAULT_LAYOUT, 'sideWidth', 'Enter', grows, shrinks)).toBeNull();
  });

  it('round-trips through its stored form, collapsed panes included', () => {
    const changed = toggleCollapsed(resize(DEFAULT_LAYOUT, 'segmentsShare', 45), 'codes');
    expect(parseLayout(serializeLayout(changed))).toEqual({
      sideWidth: 280,
      documentsShare: 40,
      segmentsShare: 45,
      collapsed: { documents: false, codes: true, segments: false },
    });
  });

  it('falls back to the default for missing, broken or out-of-range values', () => {
    expect(parseLayout(undefined)).toEqual(DEFAULT_LAYOUT);
    expect(parseLayout('{not json')).toEqual(DEFAULT_LAYOUT);
    expect(parseLayout('{"sideWidth":5000,"documentsShare":"x"}')).toEqual({
      ...DEFAULT_LAYOUT,
      sideWidth: 640,
    });
  });

  it('gives the side column about a quarter of the window, within 300-460 px', () => {
    expect(defaultLayoutFor(1280).sideWidth).toBe(333); // 1280 * 0.26 = 332.8
    expect(defaultLayoutFor(1440).sideWidth).toBe(374); // 374.4
    expect(defaultLayoutFor(1920).sideWidth).toBe(460); // 499.2, capped
    expect(defaultLayoutFor(800).sideWidth).toBe(300); // 208, raised
    expect(parseLayout(undefined, defaultLayoutFor(1920)).sideWidth).toBe(460);
  });

  it('cycles panes forward with F6 and backward with Shift+F6, wrapping', () => {
    expect(nextPane(null, false)).toBe('documents');
    expect(nextPane('documents', false)).toBe('transcript');
    expect(nextPane('segments', false)).toBe('documents');
    expect(nextPane('documents', true)).toBe('segments');
    expect(nextPane(null, true)).toBe('segments');
  });
});
