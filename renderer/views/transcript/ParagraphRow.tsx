import { memo, useLayoutEffect, useRef, type CSSProperties, type Ref } from 'react';
import { inkFor } from '../../../shared/model/palette';
import type { Paragraph } from '../../../shared/text/paragraphs';
import { langAttr } from '../../components/lang-of';
import type { PlacedMemoMark } from '../../hooks/use-memos-by-paragraph';
import { MemoMarks } from './MemoMarks';
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
  /** The interface language: content in the other one gets its own `lang`. */
  readonly locale: string;
  /** Codings drawn emphasized (a stripe hovered or focused, a coding selected). */
  readonly emphasized: ReadonlySet<string>;
  readonly onStripeHover: (codingId: string | null) => void;
  readonly onStripeSelect: (codingId: string, at: DOMRect) => void;
  /** Memos of codings starting in this paragraph: a mark each beside its coding's first line. */
  readonly memos: readonly PlacedMemoMark[];
  readonly memoLabel: (code: string, memo: string) => string;
  readonly memoGroupLabel: (count: number, codes: readonly string[]) => string;
  readonly formatCount: (count: number) => string;
  readonly codeName: (codeId: string) => string;
  readonly onMemoOpen: (codingIds: readonly string[], at: DOMRect) => void;
  /** "p. 3" where a page of the PDF the text came from begins in this paragraph. */
  readonly pageLabel: string | null;
}

const LANE = 7; // px per stripe lane (5 bar + 2 gap)
/** px of margin for the code names at the top of the stripes (room for a name of ~20 letters). */
export const LABEL_WIDTH = 132;

function markStyle(colors: readonly string[]): CSSProperties {
  // Translucent layers, one per code: overlaps get visibly deeper; an underline per code
  // (stacked inset shadows) tells overlapping codes apart even with similar colours.
  return {
    backgroundImage: colors.map((c) => `linear-gradient(${c}33, ${c}33)`).join(', '),
    // The underline is drawn in the colour's ink: at least 3:1 against the page (WCAG 1.4.11).
    boxShadow: colors.map((c, k) => `inset 0 -${2 * (k + 1)}px 0 ${inkFor(c)}`).join(', '),
  };
}

/** One paragraph: stripes and number in the margin, then the text cut into highlight segments. */
export const ParagraphRow = memo(function ParagraphRow(props: ParagraphRowProps) {
  const { para, content, ranges, looks, bars, emphasized } = props;
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
        style={{
          inlineSize: bars.length
            ? `${LABEL_WIDTH + props.laneCount * LANE}px`
            : `${props.laneCount * LANE}px`,
        }}
      >
        {bars.map((b) => (
          // A button per coding: click, Enter or Space selects it; hover and focus light up its
          // passage. Reached with Tab from the text (TranscriptText steps through them), so it
          // is out of the page's tab order itself.
          <button
            key={b.codingId}
            type="button"
            tabIndex={-1}
            data-stripe={b.codingId}
            data-code={b.codeId}
            className={emphasized.has(b.codingId) ? 'stripe emph' : 'stripe'}
            aria-label={b.name}
            aria-pressed={emphasized.has(b.codingId)}
            title={b.name}
            lang={langAttr(b.name, props.locale)}
            style={{
              insetInlineStart: `${LABEL_WIDTH + b.lane * LANE}px`,
              background: inkFor(b.color),
            }}
            onMouseEnter={() => props.onStripeHover(b.codingId)}
            onMouseLeave={() => props.onStripeHover(null)}
            onFocus={() => props.onStripeHover(b.codingId)}
            onBlur={() => props.onStripeHover(null)}
            onClick={(e) =>
              props.onStripeSelect(b.codingId, e.currentTarget.getBoundingClientRect())
            }
          >
            <span
              className="stripe-label"
              data-stripe-label=""
              aria-hidden
              style={{
                insetInlineStart: `${-(LABEL_WIDTH + b.lane * LANE)}px`,
                color: inkFor(b.color, undefined, 4.5),
              }}
            >
              {b.name}
            </span>
          </button>
        ))}
      </div>
      <div className="para-num" aria-label={props.paragraphLabel}>
        {props.pageLabel && <span className="page-mark">{props.pageLabel}</span>}
        {props.numberLabel}
        {props.memos.length > 0 && (
          <MemoMarks
            marks={props.memos}
            paraStart={para.start}
            content={content}
            codeName={props.codeName}
            label={props.memoLabel}
            groupLabel={props.memoGroupLabel}
            formatCount={props.formatCount}
            onOpen={props.onMemoOpen}
          />
        )}
      </div>
      <p
        ref={textRef}
        className="para-text"
        dir={props.dir}
        data-para-text=""
        lang={langAttr(content, props.locale)}
        data-start={para.start}
        data-end={para.end}
      >
        {segments.map((s) => {
          const slice = content.slice(s.start - para.start, s.end - para.start);
          const codeIds = s.ids.filter((id) => looks.has(id));
          const pending = s.ids.includes(PENDING_ID);
          const flash = s.ids.includes(FLASH_ID);
          if (codeIds.length === 0 && !pending && !flash) return slice;
          const emph = codeIds.some((id) => emphasized.has(id));
          const cls = ['hl', pending ? 'pending' : '', flash ? 'flash' : '', emph ? 'emph' : '']
            .join(' ')
            .trim();
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
