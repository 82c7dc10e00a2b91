import { anchorFor, textDirection, wrapLabel, type Side } from './chart-layout';

export interface ThemeTickProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly payload?: { readonly value?: unknown };
  /** Which physical edge of the label touches the axis: 'right' when the axis is on the left. */
  readonly edge: Side;
  readonly maxChars: number;
  readonly fontSize?: number;
}

/**
 * A category tick for theme names: each label gets its own direction (Persian names stay
 * right-to-left in an English page and vice versa), is anchored by its physical edge so it never
 * runs into the bars, and wraps onto a second line instead of overlapping its neighbour.
 */
export function ThemeTick({
  x = 0,
  y = 0,
  payload,
  edge,
  maxChars,
  fontSize = 13,
}: ThemeTickProps) {
  const text = String(payload?.value ?? '');
  const dir = textDirection(text);
  const lines = wrapLabel(text, maxChars);
  const gap = edge === 'right' ? -8 : 8;
  const lineHeight = fontSize * 1.3;
  const top = Number(y) - ((lines.length - 1) * lineHeight) / 2;
  return (
    <g>
      <title>{text}</title>
      {lines.map((line, k) => (
        <text
          key={k}
          x={Number(x) + gap}
          y={top + k * lineHeight}
          dy="0.35em"
          textAnchor={anchorFor(edge, dir)}
          direction={dir}
          fontSize={fontSize}
          fill="#1f2328"
        >
          {line}
        </text>
      ))}
    </g>
  );
}
