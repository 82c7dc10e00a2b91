import { memo, useLayoutEffect, useRef, type CSSProperties, type Ref } from 'react';
import type { Paragraph } from '../../../shared/text/paragraphs';
import { segmentRange, type RangeRef } from './segments';
import { placeStripes } from './stripe-place';
import type { Span } from './stripes';

/** Pseudo-ranges drawn like codings: the selection being coded, a passage navigated to. */
export const PENDING_ID = '__pending';
export const FLASH_ID = '__flash';

export interface CodeLook {
  readonly name: string;
  readonly color: string;
}

export interface Bar {
  /** One bar per coding: the coding's id keys it and places it. */
  readonly codingId: string;
  readonly codeId: string;
  readonly lane: number;
  readonly name: string;
  readonly color: string;
  /** The coding's part within this paragraph: the bar spans its lines. */
  readonly spans: readonly Span[];
}

interface ParagraphRowProps {
  readonly para: Paragraph;
  readonly content: string;
  readonly dir: 'rtl' | 'ltr' | 'auto';
  /** Codings (by coding id) and pseudo-ranges touching this paragraph. */
  readonly ranges: readonly RangeRef[];
  /** Code of each coding id in `ranges`. */
  readonly looks: ReadonlyMap<string, CodeLook>;
  readonly bars: readonly Bar[];
  readonly laneCount: number;
  readonly numberLabel: string;
  readonly paragraphLabel: string;
  readonly highlightLabel: (codeNames: readonly string[]) => string;
  readonly offsetTop: number;
  readonly measureRef: Ref<HTMLDivElement>;
}

const LANE = 7; // px per stripe lane (5 bar + 2 gap)

function markStyle(colors: readonly string[]): CSSProperties {
  // Translucent layers, one per code: overlaps get visibly deeper; an underline per code
  // (stacked inset shadows) tells overlapping codes apart even with similar colours.
  return {
    backgroundImage: colors.map((c) => `linear-gradient(${c}33, ${c}33)`).join(', '),
    boxShadow: colors.map((c, k) => `inset 0 -${2 * (k + 1)}px 0 ${c}`).join(', '),
  };
}

/** One paragraph: stripes and number in the margin, then the text cut into highlight segments. */
export const ParagraphRow = memo(function ParagraphRow(props: ParagraphRowProps) {
  const { para, content, ranges, looks, bars } = props;
  const segments = segmentRange(para.start, para.end, ranges);
  const stripesRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLParagraphElement>(null);

  // After layout, and again whenever the paragraph reflows (a resized window), each bar is
  // moved over the lines its code covers. Keyed by the spans, not the (new every render) bars,
  // so coding one passage measures one paragraph, not every one in view.
  const stripeKey = bars
    .map((b) => `${b.codingId}:${b.spans.map((s) => `${s.start}-${s.end}`).join(',')}`)
    .join('|');
  const barsRef = useRef(bars);
  useLayoutEffect(() => {
    barsRef.current = bars;
  });
  useLayoutEffect(() => {
    const box = stripesRef.current;
    const p = textRef.current;
    if (!box || !p || !stripeKey) return;
    const place = () => {
      const spans = new Map(barsRef.current.map((b) => [b.codingId, b.spans]));
      placeStripes(box, p, para.start, (id) => spans.get(id) ?? []);
    };
    place();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(place);
    observer.observe(p);
    return () => observer.disconnect();
  }, [stripeKey, para.start, content]);

  return (
    <div
      ref={props.measureRef}
      className="para-row"
      data-para-row=""
      data-index={para.index}
      data-start={para.start}
      data-end={para.end}
      style={{ transform: `translateY(${props.offsetTop}px)` }}
    >
      <div
        ref={stripesRef}
        className="para-stripes"
        style={{ inlineSize: `${props.laneCount * LANE}px` }}
      >
        {bars.map((b) => (
          <span
            key={b.codingId}
            data-stripe={b.codingId}
            data-code={b.codeId}
            className="stripe"
            role="img"
            aria-label={b.name}
            title={b.name}
            style={{ insetInlineStart: `${b.lane * LANE}px`, background: b.color }}
          />
        ))}
      </div>
      <div className="para-num" aria-label={props.paragraphLabel}>
        {props.numberLabel}
      </div>
      <p
        ref={textRef}
        className="para-text"
        dir={props.dir}
        data-para-text=""
        data-start={para.start}
        data-end={para.end}
      >
        {segments.map((s) => {
          const slice = content.slice(s.start - para.start, s.end - para.start);
          const codeIds = s.ids.filter((id) => looks.has(id));
          const pending = s.ids.includes(PENDING_ID);
          const flash = s.ids.includes(FLASH_ID);
          if (codeIds.length === 0 && !pending && !flash) return slice;
          const cls = ['hl', pending ? 'pending' : '', flash ? 'flash' : ''].join(' ').trim();
          if (codeIds.length === 0) {
            return (
              <span key={s.start} className={cls} data-start={s.start}>
                {slice}
              </span>
            );
          }
          const names = [...new Set(codeIds.map((id) => looks.get(id)?.name ?? ''))];
          const colors = [...new Set(codeIds.map((id) => looks.get(id)?.color ?? '#888888'))];
          return (
            <mark
              key={s.start}
              className={cls}
              data-start={s.start}
              data-codings={codeIds.join(' ')}
              aria-label={props.highlightLabel(names)}
              title={names.join('\n')}
              style={markStyle(colors)}
            >
              {slice}
            </mark>
          );
        })}
      </p>
    </div>
  );
});
