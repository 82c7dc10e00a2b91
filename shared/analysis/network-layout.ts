// Positions for the thematic network map, computed by d3-force: global themes at the centre,
// organizing themes on a middle ring, basic themes outside (forceRadial per level), each theme
// pulled towards its parent (forceLink) and kept clear of every other theme's circle and label
// (forceCollide, sized by the label box). Deterministic: seeded angles from the tree order, d3's
// own fixed random source, a fixed number of ticks.
import {
  forceCollide,
  forceLink,
  forceRadial,
  forceSimulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { CodeId } from '../model';
import type { NetworkEdge, NetworkLevel, NetworkNode, NetworkRows } from './network';
import { LABEL_STYLE, wrapLabel, type LabelStyle } from './network-labels';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PlacedNode extends NetworkNode {
  /** Centre of the node's circle. */
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
  readonly lines: readonly string[];
  readonly style: LabelStyle;
  /** The label's box: below the circle, or above it when the parent is below. */
  readonly label: Box;
}

export interface PlacedEdge extends NetworkEdge {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly strokeWidth: number;
}

export interface NetworkLayout {
  readonly nodes: readonly PlacedNode[];
  readonly edges: readonly PlacedEdge[];
  readonly width: number;
  readonly height: number;
}

const R_MIN = 5;
const R_MAX = 24;
const LABEL_GAP = 3;
/** Space kept between two themes' boxes. */
const PAD = 4;
const MARGIN = 16;
/** Ticks to run: the seeded start is close to the end, so d3's 300 are not needed. */
export const TICKS = 100;
const RING: Readonly<Record<NetworkLevel, number>> = { global: 0, organizing: 1, basic: 2 };

interface SimNode extends SimulationNodeDatum {
  readonly index: number;
  readonly level: NetworkLevel;
  /** Radius of the circle that holds the node's circle and label together. */
  readonly hull: number;
  /** The radius of its ring, once the rings are known. */
  ring: number;
}

/** Circle radius: area grows with references, relative to the largest theme drawn. */
export function nodeRadius(references: number, max: number): number {
  return max > 0 ? R_MIN + (R_MAX - R_MIN) * Math.sqrt(Math.max(0, references) / max) : R_MIN;
}

export function edgeWidth(weight: number, max: number): number {
  return max > 0 ? 1 + 5 * Math.sqrt(Math.max(0, weight) / max) : 1;
}

interface Rings {
  /** Radius per level: global, organizing, basic. */
  readonly radii: readonly number[];
  /** A second ring for every other basic theme when one ring would be crowded; else null. */
  readonly outerBasic: number | null;
}

/**
 * Ring radii wide enough that the hulls of a level fit around them side by side. Many basic
 * themes alternate between two rings, far enough apart that neighbours on different rings cannot
 * touch: each ring then needs half the circumference, and the map about half the width.
 */
function ringRadii(sims: readonly SimNode[]): Rings {
  const byLevel = [0, 1, 2].map((k) => sims.filter((s) => RING[s.level] === k));
  const around = (list: readonly SimNode[]): number =>
    list.length > 1 ? (1.1 * list.reduce((a, s) => a + 2 * s.hull, 0)) / (2 * Math.PI) : 0;
  const widest = (list: readonly SimNode[]): number => Math.max(0, ...list.map((s) => s.hull));
  const radii: number[] = [];
  let previous = 0;
  let previousWidest = 0;
  let outerBasic: number | null = null;
  byLevel.forEach((list, k) => {
    const clear = k === 0 ? 0 : previous + previousWidest + widest(list) + 2 * PAD;
    let r = Math.max(clear, around(list));
    if (k === 2 && around(list) / 2 > clear + 2 * widest(list)) {
      r = Math.max(clear, around(list) / 2);
      outerBasic = r + 2 * widest(list) + PAD;
    }
    radii.push(r);
    if (list.length > 0) {
      previous = r;
      previousWidest = widest(list);
    }
  });
  return { radii, outerBasic };
}

/**
 * Starting angles: every theme without children drawn below it takes a slot in tree order, sized
 * by its hull; a parent sits at the mean angle of its subtree, so branches start untangled.
 */
function seedAngles(nodes: readonly NetworkNode[], sims: readonly SimNode[]): number[] {
  const children = new Map<CodeId, number[]>();
  const indexOf = new Map(nodes.map((n, i) => [n.id, i]));
  nodes.forEach((n, i) => {
    if (n.parentId !== null && indexOf.has(n.parentId)) {
      const list = children.get(n.parentId) ?? [];
      list.push(i);
      children.set(n.parentId, list);
    }
  });
  const leaves = nodes.flatMap((n, i) => (children.has(n.id) ? [] : [i]));
  const total = leaves.reduce((a, i) => a + (sims[i] as SimNode).hull, 0) || 1;
  const angle = new Array<number>(nodes.length).fill(0);
  let at = 0;
  for (const i of leaves) {
    const share = ((sims[i] as SimNode).hull / total) * 2 * Math.PI;
    angle[i] = at + share / 2 - Math.PI / 2;
    at += share;
  }
  // Parents after their children: tree order reversed visits every child before its parent.
  for (let i = nodes.length - 1; i >= 0; i--) {
    const kids = children.get((nodes[i] as NetworkNode).id);
    if (!kids) continue;
    // Averaging unit vectors, not raw angles, so a branch across the wrap-around stays together.
    const sx = kids.reduce((a, k) => a + Math.cos(angle[k] as number), 0);
    const sy = kids.reduce((a, k) => a + Math.sin(angle[k] as number), 0);
    angle[i] = Math.atan2(sy, sx);
  }
  return angle;
}

/** Lays out the network's rows; the same rows always give the same picture. */
export function layoutNetwork(rows: NetworkRows): NetworkLayout {
  const { nodes } = rows;
  const maxRefs = Math.max(0, ...nodes.map((n) => n.references));
  const shapes = nodes.map((n) => {
    const style = LABEL_STYLE[n.level];
    const text = wrapLabel(n.name, style);
    const r = nodeRadius(n.references, maxRefs);
    const width = Math.max(2 * r, text.width);
    const height = 2 * r + LABEL_GAP + text.height;
    return { style, text, r, width, height };
  });
  const sims: SimNode[] = nodes.map((n, index) => {
    const s = shapes[index] as (typeof shapes)[number];
    return { index, level: n.level, hull: Math.hypot(s.width, s.height) / 2 + PAD / 2, ring: 0 };
  });
  const { radii, outerBasic } = ringRadii(sims);
  const angles = seedAngles(nodes, sims);
  const single = nodes.filter((n) => n.level === 'global').length === 1;
  let basics = 0;
  sims.forEach((s, i) => {
    s.ring = radii[RING[s.level]] as number;
    // Alternate in tree order, which is the order of the seeded angles.
    if (s.level === 'basic' && outerBasic !== null && basics++ % 2 === 1) s.ring = outerBasic;
    s.x = s.ring * Math.cos(angles[i] as number);
    s.y = s.ring * Math.sin(angles[i] as number);
    // One global theme is the centre of its network: it does not move.
    if (single && s.level === 'global') s.fx = s.fy = 0;
  });
  const byId = new Map(nodes.map((n, i) => [n.id, sims[i] as SimNode]));
  const links: SimulationLinkDatum<SimNode>[] = rows.edges.flatMap((e) => {
    const source = byId.get(e.from);
    const target = byId.get(e.to);
    return source && target ? [{ source, target }] : [];
  });
  const ringOf = (s: SimNode): number => s.ring;
  const simulation = forceSimulation<SimNode>(sims)
    .force('radial', forceRadial<SimNode>(ringOf).strength(0.6))
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(links)
        .distance((l) => Math.abs(ringOf(l.target as SimNode) - ringOf(l.source as SimNode)))
        .strength(0.05),
    )
    .force(
      'collide',
      forceCollide<SimNode>((s) => s.hull)
        .strength(1)
        .iterations(2),
    )
    // Cool to d3's alphaMin in TICKS steps rather than its default 300.
    .alphaDecay(1 - Math.pow(0.001, 1 / TICKS))
    .stop();
  simulation.tick(TICKS);
  spreadUntilClear(sims);
  return placed(rows, sims, shapes);
}

/**
 * d3's collision force is soft: after the last tick two hulls may still touch a little. Scaling
 * every position about the centre (sizes unchanged) by the worst pair's ratio separates all pairs.
 */
function spreadUntilClear(sims: SimNode[]): void {
  let scale = 1;
  for (let i = 0; i < sims.length; i++) {
    const a = sims[i] as SimNode;
    for (let j = i + 1; j < sims.length; j++) {
      const b = sims[j] as SimNode;
      const d = Math.hypot((a.x ?? 0) - (b.x ?? 0), (a.y ?? 0) - (b.y ?? 0));
      const need = a.hull + b.hull;
      if (d < need) scale = Math.max(scale, d > 1e-6 ? need / d : need);
    }
  }
  if (scale === 1) return;
  for (const s of sims) {
    s.x = (s.x ?? 0) * scale;
    s.y = (s.y ?? 0) * scale;
  }
}

interface Shape {
  readonly style: LabelStyle;
  readonly text: {
    readonly lines: readonly string[];
    readonly width: number;
    readonly height: number;
  };
  readonly r: number;
  readonly width: number;
  readonly height: number;
}

const round = (n: number): number => Math.round(n * 10) / 10;

function placed(
  rows: NetworkRows,
  sims: readonly SimNode[],
  shapes: readonly Shape[],
): NetworkLayout {
  // The simulated point is the centre of the circle + label block. The circle sits at the block's
  // edge nearer the parent, the label on the far side, so the edge in does not cross the label.
  const simOf = new Map(rows.nodes.map((n, i) => [n.id, sims[i] as SimNode]));
  const raw = rows.nodes.map((n, i) => {
    const s = sims[i] as SimNode;
    const shape = shapes[i] as Shape;
    const x = s.x ?? 0;
    const top = (s.y ?? 0) - shape.height / 2;
    const parent = n.parentId === null ? undefined : simOf.get(n.parentId);
    const above = parent !== undefined && (parent.y ?? 0) > (s.y ?? 0);
    const cy = above ? top + shape.height - shape.r : top + shape.r;
    const labelTop = above ? top : top + 2 * shape.r + LABEL_GAP;
    return { n, shape, cx: x, cy, labelTop, top, left: x - shape.width / 2 };
  });
  const minX = Math.min(0, ...raw.map((p) => p.left)) - MARGIN;
  const minY = Math.min(0, ...raw.map((p) => p.top)) - MARGIN;
  const maxX = Math.max(0, ...raw.map((p) => p.left + p.shape.width)) + MARGIN;
  const maxY = Math.max(0, ...raw.map((p) => p.top + p.shape.height)) + MARGIN;
  const nodes: PlacedNode[] = raw.map(({ n, shape, cx, cy, labelTop }) => ({
    ...n,
    cx: round(cx - minX),
    cy: round(cy - minY),
    r: round(shape.r),
    lines: shape.text.lines,
    style: shape.style,
    label: {
      x: round(cx - minX - shape.text.width / 2),
      y: round(labelTop - minY),
      width: round(shape.text.width),
      height: round(shape.text.height),
    },
  }));
  const at = new Map(nodes.map((n) => [n.id, n]));
  const maxWeight = Math.max(0, ...rows.edges.map((e) => e.weight));
  const edges: PlacedEdge[] = rows.edges.flatMap((e) => {
    const a = at.get(e.from);
    const b = at.get(e.to);
    if (!a || !b) return [];
    const strokeWidth = round(edgeWidth(e.weight, maxWeight));
    // From circle edge to circle edge: a line through a half-transparent circle reads as a mark.
    const d = Math.hypot(b.cx - a.cx, b.cy - a.cy);
    if (d <= a.r + b.r) return [];
    const ux = (b.cx - a.cx) / d;
    const uy = (b.cy - a.cy) / d;
    return [
      {
        ...e,
        x1: round(a.cx + ux * a.r),
        y1: round(a.cy + uy * a.r),
        x2: round(b.cx - ux * b.r),
        y2: round(b.cy - uy * b.r),
        strokeWidth,
      },
    ];
  });
  return { nodes, edges, width: Math.ceil(maxX - minX), height: Math.ceil(maxY - minY) };
}
