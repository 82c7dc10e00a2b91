import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  clampWindowState,
  loadWindowState,
  parseWindowState,
  saveWindowState,
} from './window-state';

const laptop = { x: 0, y: 25, width: 1440, height: 875 };
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1440 };
const flags = { maximized: false, fullScreen: false };

describe('parseWindowState', () => {
  it('keeps valid fields and rounds them', () => {
    expect(
      parseWindowState({ x: 10.4, y: 20, width: 1000.6, height: 700, maximized: true }),
    ).toEqual({
      x: 10,
      y: 20,
      width: 1001,
      height: 700,
      maximized: true,
      fullScreen: false,
    });
  });
  it('drops a position that is not a pair of numbers', () => {
    expect(parseWindowState({ x: 10, width: 900, height: 600 })).toEqual({
      width: 900,
      height: 600,
      ...flags,
    });
  });
  it.each([
    null,
    'x',
    [],
    { width: -5, height: 600 },
    { width: 'wide', height: 600 },
    { width: Infinity, height: 1 },
  ])('refuses %j', (raw) => expect(parseWindowState(raw)).toBeNull());
});

describe('clampWindowState', () => {
  it('uses the default size with no saved state', () => {
    expect(clampWindowState(null, [laptop])).toEqual({ ...DEFAULT_SIZE, ...flags });
  });
  it('keeps a window that fits where it is', () => {
    const s = { x: 100, y: 100, width: 1000, height: 700, ...flags };
    expect(clampWindowState(s, [laptop])).toEqual(s);
  });
  it('moves a window on an unplugged monitor back to the primary display, unpositioned', () => {
    const s = { x: 2000, y: 100, width: 1800, height: 1200, ...flags };
    expect(clampWindowState(s, [laptop])).toEqual({ width: 1440, height: 875, ...flags });
  });
  it('keeps a window on the second monitor and fits it inside', () => {
    const s = { x: 3900, y: -50, width: 1200, height: 900, ...flags };
    expect(clampWindowState(s, [laptop, rightMonitor])).toEqual({
      x: rightMonitor.x + rightMonitor.width - 1200,
      y: 0,
      width: 1200,
      height: 900,
      ...flags,
    });
  });
  it('treats a sliver of overlap as off-screen', () => {
    const s = { x: laptop.width - 10, y: 100, width: 900, height: 600, ...flags };
    expect(clampWindowState(s, [laptop])).toEqual({ width: 900, height: 600, ...flags });
  });
  it('grows a tiny window to the minimum size', () => {
    const s = { x: 0, y: 25, width: 100, height: 80, ...flags };
    expect(clampWindowState(s, [laptop])).toMatchObject({
      width: MIN_SIZE.width,
      height: MIN_SIZE.height,
    });
  });
});

describe('load and save', () => {
  let dir = '';
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));
  it('round-trips through a file and survives a damaged one', () => {
    dir = mkdtempSync(join(tmpdir(), 'mazmun-ws-'));
    const file = join(dir, 'nested', 'window-state.json');
    expect(loadWindowState(file)).toBeNull();
    const s = { x: 5, y: 6, width: 900, height: 600, maximized: true, fullScreen: false };
    expect(saveWindowState(file, s)).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(s);
    expect(loadWindowState(file)).toEqual(s);
    writeFileSync(file, '{"width": 9', 'utf8');
    expect(loadWindowState(file)).toBeNull();
  });
});
