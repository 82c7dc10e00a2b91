// The workspace layout as a plain value: the width of the side column (documents above codes),
// the share of that column the documents take, the share of the main column the retrieved
// segments take, and which panes are collapsed. Pure, so it is tested without a browser and
// stored per project as one JSON setting.

export type PaneName = 'documents' | 'transcript' | 'codes' | 'segments';

/** Panes in F6 order: the order a MAXQDA user reads the window (documents, text, codes, segments). */
export const PANE_ORDER: readonly PaneName[] = ['documents', 'transcript', 'codes', 'segments'];

/** The transcript is the centre of the workspace: it never collapses. */
export type CollapsiblePane = Exclude<PaneName, 'transcript'>;

export interface WorkspaceLayout {
  /** Side column width in CSS pixels. */
  readonly sideWidth: number;
  /** Percent of the side column's height given to the document browser. */
  readonly documentsShare: number;
  /** Percent of the main column's height given to the retrieved segments. */
  readonly segmentsShare: number;
  readonly collapsed: Readonly<Record<CollapsiblePane, boolean>>;
}

export type Dimension = 'sideWidth' | 'documentsShare' | 'segmentsShare';

/** Bounds of each dimension: wide enough to read a code name, never wider than half a small screen. */
export const BOUNDS: Readonly<Record<Dimension, { readonly min: number; readonly max: number }>> = {
  sideWidth: { min: 200, max: 640 },
  documentsShare: { min: 15, max: 85 },
  segmentsShare: { min: 15, max: 75 },
};

/** One keyboard step of a separator (arrow key); Page Up/Down take STEP * 4. */
export const STEP: Readonly<Record<Dimension, number>> = {
  sideWidth: 16,
  documentsShare: 5,
  segmentsShare: 5,
};

export const DEFAULT_LAYOUT: WorkspaceLayout = {
  sideWidth: 280,
  documentsShare: 40,
  segmentsShare: 30,
  collapsed: { documents: false, codes: false, segments: false },
};

/**
 * The layout before the researcher changes it: the side column takes about a quarter of the
 * window (333 px at 1280, 460 px at 1920). The code system is the only list of codes (the
 * transcript has no code column of its own), so its names get the room; the text keeps the rest.
 */
export function defaultLayoutFor(viewportWidth: number): WorkspaceLayout {
  if (!Number.isFinite(viewportWidth) || viewportWidth <= 0) return DEFAULT_LAYOUT;
  const sideWidth = Math.round(Math.min(460, Math.max(300, viewportWidth * 0.26)));
  return { ...DEFAULT_LAYOUT, sideWidth };
}

const clampTo = (d: Dimension, v: number) =>
  Math.round(Math.min(BOUNDS[d].max, Math.max(BOUNDS[d].min, v)));

/** The layout with one dimension set (clamped to its bounds). */
export function resize(layout: WorkspaceLayout, d: Dimension, value: number): WorkspaceLayout {
  if (!Number.isFinite(value)) return layout;
  const next = clampTo(d, value);
  return next === layout[d] ? layout : { ...layout, [d]: next };
}

export type SeparatorKey =
  'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'PageUp' | 'PageDown' | 'Home' | 'End';

/**
 * The value after a key on a separator (WAI-ARIA window splitter), or null for other keys.
 * `grows` are the keys that make the dimension larger: for the side column that is the arrow
 * pointing away from the inline start (Right in LTR, Left in RTL); for a pane below its
 * separator, Up.
 */
export function keyStep(
  layout: WorkspaceLayout,
  d: Dimension,
  key: string,
  grows: readonly string[],
  shrinks: readonly string[],
): number | null {
  const v = layout[d];
  if (grows.includes(key)) return v + STEP[d];
  if (shrinks.includes(key)) return v - STEP[d];
  if (key === 'PageUp') return v + STEP[d] * 4;
  if (key === 'PageDown') return v - STEP[d] * 4;
  if (key === 'Home') return BOUNDS[d].min;
  if (key === 'End') return BOUNDS[d].max;
  return null;
}

export function toggleCollapsed(layout: WorkspaceLayout, pane: CollapsiblePane): WorkspaceLayout {
  return { ...layout, collapsed: { ...layout.collapsed, [pane]: !layout.collapsed[pane] } };
}

export function serializeLayout(layout: WorkspaceLayout): string {
  return JSON.stringify(layout);
}

/** A stored layout read back; anything missing or out of bounds falls back to the default. */
export function parseLayout(raw: unknown, fallback = DEFAULT_LAYOUT): WorkspaceLayout {
  if (typeof raw !== 'string') return fallback;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return fallback;
  }
  if (!data || typeof data !== 'object') return fallback;
  const o = data as Record<string, unknown>;
  const num = (d: Dimension) =>
    typeof o[d] === 'number' && Number.isFinite(o[d]) ? clampTo(d, o[d]) : fallback[d];
  const c = (o.collapsed && typeof o.collapsed === 'object' ? o.collapsed : {}) as Record<
    string,
    unknown
  >;
  const flag = (p: CollapsiblePane) => c[p] === true;
  return {
    sideWidth: num('sideWidth'),
    documentsShare: num('documentsShare'),
    segmentsShare: num('segmentsShare'),
    collapsed: { documents: flag('documents'), codes: flag('codes'), segments: flag('segments') },
  };
}

/** The pane F6 (forward) or Shift+F6 (backward) moves to from `from` (null: none focused yet). */
export function nextPane(from: PaneName | null, backward: boolean): PaneName {
  const n = PANE_ORDER.length;
  if (from === null) return (backward ? PANE_ORDER[n - 1] : PANE_ORDER[0]) as PaneName;
  const i = PANE_ORDER.indexOf(from);
  return PANE_ORDER[(i + (backward ? n - 1 : 1)) % n] as PaneName;
}
