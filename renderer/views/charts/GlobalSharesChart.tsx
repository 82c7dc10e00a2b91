import { Pie, PieChart, ResponsiveContainer, type PieLabelRenderProps } from 'recharts';
import type { Share } from '../../../shared/analysis';
import { anchorFor, textDirection } from './chart-layout';

export interface GlobalSharesChartProps {
  readonly shares: readonly Share[];
  /** "54.1%" or "۵۴٫۱٪". */
  readonly percent: (value: number) => string;
  readonly num: (value: number) => string;
  /** Persian figures read right to left: "(۱۶۶) ۵۴٫۱٪". */
  readonly rtl: boolean;
}

/** Chart 1: each global theme's share of the global themes' references, as a labelled pie. */
export function GlobalSharesChart({ shares, percent, num, rtl }: GlobalSharesChartProps) {
  const data = shares.map((s) => ({ ...s, fill: s.color }));
  const label = (p: PieLabelRenderProps) => {
    const share = shares[p.index];
    if (!share) return null;
    const x = Number(p.x);
    const y = Number(p.y);
    // A label right of the centre starts at x (its left edge touches the line), and vice versa.
    const edge = x >= Number(p.cx) ? 'left' : 'right';
    const dir = textDirection(share.name);
    return (
      <g>
        <text
          x={x}
          y={y - 9}
          textAnchor={anchorFor(edge, dir)}
          direction={dir}
          fontSize={14}
          fontWeight={700}
          fill="#1f2328"
        >
          {share.name}
        </text>
        <text
          x={x}
          y={y + 11}
          textAnchor={anchorFor(edge, rtl ? 'rtl' : 'ltr')}
          direction={rtl ? 'rtl' : 'ltr'}
          fontSize={13}
          fill="#5b6270"
        >
          {`${percent(share.percent)} (${num(share.references)})`}
        </text>
      </g>
    );
  };
  return (
    <ResponsiveContainer width="100%" height={320}>
      <PieChart margin={{ top: 24, bottom: 24, left: 24, right: 24 }}>
        <Pie
          data={data}
          dataKey="references"
          nameKey="name"
          cx="50%"
          cy="50%"
          outerRadius={105}
          innerRadius={48}
          paddingAngle={1}
          startAngle={90}
          endAngle={-270}
          isAnimationActive={false}
          label={label}
          labelLine
        />
      </PieChart>
    </ResponsiveContainer>
  );
}
