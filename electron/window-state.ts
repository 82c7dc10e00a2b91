// The main window reopens where the user left it, but never off-screen: the saved file is
// validated (it may be hand-edited or from an older version) and clamped to a display that
// exists now (a laptop unplugged from its second monitor).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
  readonly fullScreen: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 800, height: 560 } as const;
/** Overlap smaller than this cannot be grabbed to drag the window back. */
const MIN_VISIBLE = 64;

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 1e6;
}

export function parseWindowState(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (!finite(r.width) || !finite(r.height) || r.width <= 0 || r.height <= 0) return null;
  const base = {
    width: Math.round(r.width),
    height: Math.round(r.height),
    maximized: r.maximized === true,
    fullScreen: r.fullScreen === true,
  };
  return finite(r.x) && finite(r.y) ? { ...base, x: Math.round(r.x), y: Math.round(r.y) } : base;
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/**
 * Fits a saved state to the displays' work areas (primary first). A window still visible on a
 * display stays there, shrunk and moved to fit inside it; otherwise it loses its position and
 * Electron centres it on the primary display.
 */
export function clampWindowState(
  state: WindowState | null,
  workAreas: readonly Rect[],
): WindowState {
  const primary = workAreas[0];
  const s = state ?? { ...DEFAULT_SIZE, maximized: false, fullScreen: false };
  const flags = { maximized: s.maximized, fullScreen: s.fullScreen };
  if (!primary)
    return {
      width: Math.max(s.width, MIN_SIZE.width),
      height: Math.max(s.height, MIN_SIZE.height),
      ...flags,
    };

  let target: Rect | undefined;
  if (s.x !== undefined && s.y !== undefined) {
    const rect = { x: s.x, y: s.y, width: s.width, height: s.height };
    let best = 0;
    for (const area of workAreas) {
      const o = overlap(rect, area);
      if (o.width >= MIN_VISIBLE && o.height >= MIN_VISIBLE && o.width * o.height > best) {
        best = o.width * o.height;
        target = area;
      }
    }
  }
  const area = target ?? primary;
  const width = clamp(s.width, Math.min(MIN_SIZE.width, area.width), area.width);
  const height = clamp(s.height, Math.min(MIN_SIZE.height, area.height), area.height);
  if (!target || s.x === undefined || s.y === undefined) return { width, height, ...flags };
  return {
    x: clamp(s.x, area.x, area.x + area.width - width),
    y: clamp(s.y, area.y, area.y + area.height - height),
    width,
    height,
    ...flags,
  };
}

export function loadWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null; // First run, or a damaged file: fall back to the defaults.
  }
}

/** Written via a temporary file and a rename, so a crash never leaves half a file. */
export function saveWindowState(file: string, state: WindowState): boolean {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.tmp`;
    writeFileSync(tmp, JSON.stringify(state), 'utf8');
    renameSync(tmp, file);
    return true;
  } catch {
    return false; // Losing the window position is not worth an error dialog.
  }
}
