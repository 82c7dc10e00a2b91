import type { CodeDocumentMatrix } from '../../../shared/analysis';
import { defaultSourceKey } from '../../../shared/analysis';
import { useSourceLabels } from '../../hooks/use-source-labels';
import {
  anchorFor,
  columnLabelHeight,
  columnX,
  heatColor,
  heatInk,
  labelWidth,
  legendValues,
  MAX_COLUMN_LABEL_CHARS,
  MAX_LABEL_CHARS,
  shortLabel,
  textDirection,
  wrapLabel,
} from './chart-layout';

export interface ThemeHeatmapProps {
  readonly matrix: CodeDocumentMatrix;
  readonly rtl: boolean;
  readonly num: (value: number) => string;
  readonly digits: (text: string) => string;
  readonly labels: { readonly title: string; readonly legend: string; readonly document: string };
}

const CELL = 32;
const ROW = 30;
const LEGEND_H = 56;
// Gap between a column label's foot and the grid.
const LABEL_GAP = 8;

/**
 * Basic themes × interviews as a plain SVG (so it exports like the other charts): counts in the
 * cells, a colour legend below. In RTL the grid is mirrored by hand: labels on the right,
 * interview 1 next to them, later interviews towards the left. The interviews' labels stand
 * upright over their columns (read bottom to top, as the co-occurrence table's), so names of
 * any length never run into each other over 32px columns; a long one is cut with an ellipsis
 * and its tooltip holds the whole label and the document's title.
 */
export function ThemeHeatmap({ matrix, rtl, num, digits, labels }: ThemeHeatmapProps) {
  const sourceLabels = useSourceLabels().labels;
  const cols = matrix.documents.length;
  const columnLabels = matrix.documents.map(
    (d) => sourceLabels.get(d.id) ?? digits(defaultSourceKey(d.title)),
  );
  const HEAD = columnLabelHeight(columnLabels);
  const LABEL_W = labelWidth(matrix.codes.map((c) => c.name));
  const width = LABEL_W + cols * CELL + 16;
  const gridH = matrix.codes.length * ROW;
  const height = HEAD + gridH + LEGEND_H;
  // Labels touch the grid, as a mirror image of each other: their right end in LTR, their
  // left end in RTL (where the grid lies to their left).
  const labelX = rtl ? width - LABEL_W + 10 : LABEL_W - 10;
  const labelEdge = rtl ? 'left' : 'right';
  const x = (j: number): number => columnX(j, CELL, LABEL_W, width, rtl);
  const legendSteps = legendValues(matrix.max);
  const legendW = legendSteps.length * 28;
  const legendX0 = rtl ? width - LABEL_W - legendW : LABEL_W;
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={labels.title}
      className="rp-heatmap"
      fontSize={12}
    >
      <title>{labels.title}</title>
      {matrix.documents.map((d, j) => {
        const label = columnLabels[j] ?? '';
        const dir = textDirection(label);
        const cx = x(j) + CELL / 2;
        const foot = HEAD - LABEL_GAP;
        // Turned a quarter anticlockwise about its foot: the label's local left end is at the
        // bottom, by the grid, whichever way its script runs (anchorFor gives that end).
        return (
          <text
            key={d.id}
            className="rp-heatmap-col"
            x={cx}
            y={foot}
            dy="0.35em"
            transform={`rotate(-90 ${cx} ${foot})`}
            textAnchor={anchorFor('left', dir)}
            direction={dir}
            fill="#5b6270"
            fontSize={12}
          >
            <title>{`${labels.document}: ${label} — ${d.title}`}</title>
            {shortLabel(label, MAX_COLUMN_LABEL_CHARS)}
          </text>
        );
      })}
      {matrix.codes.map((c, i) => {
        const y = HEAD + i * ROW;
        const lines = wrapLabel(c.name, MAX_LABEL_CHARS, 1);
        const dir = textDirection(c.name);
        return (
          <g key={c.id}>
            <text
              x={labelX}
              y={y + ROW / 2}
              dy="0.35em"
              textAnchor={anchorFor(labelEdge, dir)}
              direction={dir}
              fill="#1f2328"
            >
              <title>{c.path.join(' › ')}</title>
              {lines[0]}
            </text>
            {matrix.documents.map((d, j) => {
              const v = matrix.cells[i]?.[j] ?? 0;
              const column = columnLabels[j] ?? d.title;
              return (
                <g key={d.id}>
                  <rect
                    x={x(j) + 1}
                    y={y + 1}
                    width={CELL - 2}
                    height={ROW - 2}
                    rx={3}
                    fill={heatColor(v, matrix.max)}
                  >
                    <title>{`${c.name} · ${column}: ${num(v)}`}</title>
                  </rect>
                  {v > 0 && (
                    <text
                      x={x(j) + CELL / 2}
                      y={y + ROW / 2}
                      dy="0.35em"
                      textAnchor="middle"
                      fontSize={12}
                      fontWeight={600}
                      fill={heatInk(v, matrix.max)}
                    >
                      {num(v)}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        );
      })}
      <g transform={`translate(0 ${HEAD + gridH + 14})`}>
        <text
          x={rtl ? legendX0 + legendW + 10 : legendX0 - 10}
          y={14}
          dy="0.35em"
          textAnchor={anchorFor(rtl ? 'left' : 'right', rtl ? 'rtl' : 'ltr')}
          direction={rtl ? 'rtl' : 'ltr'}
          fill="#5b6270"
        >
          {labels.legend}
        </text>
        {legendSteps.map((v, k) => {
          const lx = rtl ? legendX0 + legendW - (k + 1) * 28 : legendX0 + k * 28;
          return (
            <g key={k}>
              <rect x={lx} y={2} width={26} height={22} rx={3} fill={heatColor(v, matrix.max)} />
              <text x={lx + 13} y={38} textAnchor="middle" fill="#5b6270" fontSize={11}>
                {num(v)}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
