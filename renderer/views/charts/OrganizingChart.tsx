import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  XAxis,
  YAxis,
  type LabelProps,
} from 'recharts';
import { organizingFrequencies, type FrequencyRow } from '../../../shared/analysis';
import { ThemeTick } from './ThemeTick';

export interface OrganizingChartProps {
  readonly rows: readonly FrequencyRow[];
  readonly rtl: boolean;
  readonly num: (value: number) => string;
}

const LABEL_WIDTH = 190;

/**
 * The value at the free end of a bar. Recharts' named positions follow the bar's own x and
 * width, which point the wrong way on a reversed axis; the physical edges do not.
 */
function barValue(rtl: boolean, num: (v: number) => string) {
  return function BarValue(props: LabelProps) {
    const box = props.viewBox;
    if (!box || !('width' in box)) return null;
    const x0 = Number(box.x ?? 0);
    const w = Number(box.width ?? 0);
    const y = Number(box.y ?? 0) + Number(box.height ?? 0) / 2;
    const x = rtl ? Math.min(x0, x0 + w) - 6 : Math.max(x0, x0 + w) + 6;
    return (
      <text
        x={x}
        y={y}
        dy="0.35em"
        textAnchor={rtl ? 'end' : 'start'}
        fontSize={13}
        fontWeight={600}
        fill="#1f2328"
      >
        {num(Number(props.value))}
      </text>
    );
  };
}

/**
 * Chart 2: the organizing themes' references as horizontal bars, names on the start side. In
 * RTL the chart is mirrored by hand (Recharts does not): the category axis moves to the right,
 * the value axis is reversed so bars grow leftwards, and the value labels sit at the bars' left.
 */
export function OrganizingChart({ rows, rtl, num }: OrganizingChartProps) {
  const data = organizingFrequencies(rows).map((r) => ({
    name: r.name,
    references: r.references,
    fill: r.color,
  }));
  const height = 40 + data.length * 52;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        layout="vertical"
        data={data}
        margin={{ top: 8, bottom: 8, left: rtl ? 40 : 8, right: rtl ? 8 : 40 }}
        barCategoryGap="22%"
      >
        <CartesianGrid horizontal={false} stroke="#e4e1da" />
        <XAxis
          type="number"
          reversed={rtl}
          allowDecimals={false}
          tickFormatter={(v: number) => num(v)}
          tick={{ fontSize: 12, fill: '#5b6270' }}
        />
        <YAxis
          type="category"
          dataKey="name"
          orientation={rtl ? 'right' : 'left'}
          width={LABEL_WIDTH}
          interval={0}
          tickLine={false}
          tick={(props) => <ThemeTick {...props} edge={rtl ? 'left' : 'right'} maxChars={26} />}
        />
        <Bar
          dataKey="references"
          isAnimationActive={false}
          // Round the free end. On the reversed axis the bar is drawn with a negative width, so
          // the same corners land on its left: the free end there too.
          radius={[0, 4, 4, 0]}
        >
          <LabelList dataKey="references" content={barValue(rtl, num)} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
