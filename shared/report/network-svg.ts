// The thematic network map as SVG markup, one string for the view, the CLI, the HTML report and
// the downloads. Pure: a layout in, escaped markup out. Names are drawn right to left when they
// are written in Persian (direction per label, so a mixed codebook reads right in both).
import type { NetworkLayout, PlacedNode } from '../analysis/network-layout';
import { LINE_HEIGHT } from '../analysis/network-labels';
import { looksRightToLeft } from '../text/persian';
import { escapeHtml, safeColor } from './escape';
import { fontFace, type EmbeddedFont } from './report-css';

export interface NetworkSvgOptions {
  /** The accessible name (role="img" + <title>). */
  readonly title: string;
  /** The language of the interface around the map (its lang attribute). */
  readonly lang: 'fa' | 'en';
  /** Embeds the font, for a file opened away from the app (downloads, PNG). */
  readonly font?: EmbeddedFont | null;
  /** An id prefix, for several maps in one page (the report). */
  readonly idPrefix?: string;
  /** How a node's tooltip writes its counts (the report's digits and grouping); plain by default. */
  readonly num?: (value: number) => string;
}

export const NETWORK_FONT_FAMILY = 'Vazirmatn, Tahoma, "Segoe UI", sans-serif';

const LEVEL_FILL_OPACITY = { global: 1, organizing: 0.85, basic: 0.7 } as const;

function nodeMarkup(n: PlacedNode, num: (value: number) => string): string {
  const rtl = looksRightToLeft(n.name);
  const x = n.label.x + n.label.width / 2;
  const lineHeight = n.style.fontSize * LINE_HEIGHT;
  // The first baseline sits one ascent below the box's top (≈ 0.95 em down a 1.3 em line).
  const first = n.label.y + lineHeight / 2 + n.style.fontSize * 0.35;
  const spans = n.lines
    .map(
      (line, k) =>
        `<tspan x="${x}" y="${Math.round((first + k * lineHeight) * 10) / 10}">${escapeHtml(line)}</tspan>`,
    )
    .join('');
  const weight = n.style.bold ? ' font-weight="700"' : '';
  const summary = `${n.name}: ${num(n.references)} / ${num(n.sources)}`;
  return (
    `<g class="network-node" data-id="${escapeHtml(n.id)}" data-level="${n.level}">` +
    `<title>${escapeHtml(summary)}</title>` +
    `<circle cx="${n.cx}" cy="${n.cy}" r="${n.r}" fill="${safeColor(n.color)}" ` +
    `fill-opacity="${LEVEL_FILL_OPACITY[n.level]}" stroke="#1f2430" stroke-width="${n.level === 'global' ? 2 : 1}"/>` +
    // A pale plate under the name: edges of the node's children pass under it, not through it.
    `<rect x="${n.label.x - 2}" y="${n.label.y}" width="${n.label.width + 4}" height="${n.label.height}" ` +
    `rx="3" fill="#ffffff" fill-opacity="0.85"/>` +
    `<text text-anchor="middle" font-size="${n.style.fontSize}"${weight} direction="${rtl ? 'rtl' : 'ltr'}" ` +
    `fill="#1f2430" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${spans}</text>` +
    `</g>`
  );
}

/** The map: edges under nodes, each node a circle with its wrapped name below it. */
export function networkSvg(layout: NetworkLayout, options: NetworkSvgOptions): string {
  const { width, height } = layout;
  const titleId = `${options.idPrefix ?? 'network'}-title`;
  const style = options.font ? fontFace(options.font) : '';
  const edges = layout.edges
    .map(
      (e) =>
        `<line x1="${e.x1}" y1="${e.y1}" x2="${e.x2}" y2="${e.y2}" stroke="#8a93a6" ` +
        `stroke-width="${e.strokeWidth}" stroke-linecap="round"${e.weight === 0 ? ' stroke-dasharray="4 3"' : ''}/>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${escapeHtml(titleId)}" ` +
    `lang="${options.lang}" xml:lang="${options.lang}" class="network-map" ` +
    `viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
    `font-family="${escapeHtml(NETWORK_FONT_FAMILY)}">` +
    `<title id="${escapeHtml(titleId)}">${escapeHtml(options.title)}</title>` +
    (style ? `<style>${style}</style>` : '') +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<g class="network-edges">${edges}</g>` +
    `<g class="network-nodes">${layout.nodes.map((n) => nodeMarkup(n, options.num ?? String)).join('')}</g>` +
    `</svg>`
  );
}
