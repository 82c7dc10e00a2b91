import { useLayoutEffect, useRef, useState } from 'react';
import type { PlacedMemoMark } from '../../hooks/use-memos-by-paragraph';
import { firstWords, groupByLine, MAX_SIDE_BY_SIDE } from './memo-lines';
import { rangeOf } from './stripe-place';

/** px of one mark (its box is centred on its line's middle, so it stays inside the line). */
const MARK = 16;
/** Where marks go before anything is measured: the paragraph number's line. */
const FIRST_LINE_MID = 19;

interface MemoMarksProps {
  readonly marks: readonly PlacedMemoMark[];
  readonly paraStart: number;
  /** The paragraph's text: another text means other lines. */
  readonly content: string;
  readonly codeName: (codeId: string) => string;
  readonly label: (code: string, memo: string) => string;
  readonly groupLabel: (count: number, codes: readonly string[]) => string;
  /** A count in the interface's digits (the group mark's visible count is in its name too). */
  readonly formatCount: (count: number) => string;
  readonly onOpen: (codingIds: readonly string[], at: DOMRect) => void;
}

/**
 * The memo marks of one paragraph, in the margin beside the line where each coding starts: the
 * line is measured from the DOM (as the stripes are), marks of one line sit side by side, and
 * more than fit become one mark with a count that opens all of them.
 */
export function MemoMarks(props: MemoMarksProps) {
  const { marks, paraStart, content } = props;
  const layerRef = useRef<HTMLDivElement>(null);
  // Middle of each mark's line, px from the layer's top, by coding id.
  const [mids, setMids] = useState<ReadonlyMap<string, number>>(new Map());
  const key = marks.map((m) => `${m.codingId}:${m.start}`).join('|');
  const marksRef = useRef(marks);
  useLayoutEffect(() => {
    marksRef.current = marks;
  });

  useLayoutEffect(() => {
    const layer = layerRef.current;
    const p = layer?.closest('[data-para-row]')?.querySelector<HTMLElement>('[data-para-text]');
    if (!layer || !p || !key) return;
    const measure = () => {
      const origin = layer.getBoundingClientRect().top;
      const next = new Map<string, number>();
      for (const m of marksRef.current) {
        // A coding starting on the blank line before the paragraph is marked at its first line.
        const at = Math.max(m.start, paraStart);
        const rect = [
          ...(rangeOf(p, paraStart, { start: at, end: at + 1 })?.getClientRects() ?? []),
        ].find((r) => r.height > 0);
        if (rect) next.set(m.codingId, (rect.top + rect.bottom) / 2 - origin);
      }
      setMids((old) =>
        old.size === next.size &&
        [...next].every(([id, v]) => Math.abs((old.get(id) ?? -1) - v) < 0.5)
          ? old
          : next,
      );
    };
    measure();
    // Reflow (a resized pane) and late web fonts move the lines.
    void p.ownerDocument.fonts?.ready.then(measure);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(p);
    return () => observer.disconnect();
  }, [key, paraStart, content]);

  const lines = groupByLine(marks, (m) => mids.get(m.codingId) ?? null, FIRST_LINE_MID);
  return (
    <div ref={layerRef} className="memo-marks">
      {lines.flatMap((line) => {
        const top = `${line.top - MARK / 2}px`;
        if (line.marks.length > MAX_SIDE_BY_SIDE) {
          const ids = line.marks.map((m) => m.codingId as string);
          const codes = [...new Set(line.marks.map((m) => props.codeName(m.codeId)))];
          const label = props.groupLabel(line.marks.length, codes);
          return [
            <button
              key={ids.join(' ')}
              type="button"
              tabIndex={-1}
              className="memo-mark group"
              data-memo-mark={ids.join(' ')}
              aria-label={label}
              title={label}
              style={{ insetBlockStart: top }}
              onClick={(e) => props.onOpen(ids, e.currentTarget.getBoundingClientRect())}
            >
              <span aria-hidden>✎{props.formatCount(line.marks.length)}</span>
            </button>,
          ];
        }
        return line.marks.map((m, k) => {
          const label = props.label(props.codeName(m.codeId), firstWords(m.firstLine));
          return (
            // Out of the page's tab order: Tab from the text steps through the margin's buttons.
            <button
              key={m.codingId}
              type="button"
              tabIndex={-1}
              className="memo-mark"
              data-memo-mark={m.codingId}
              aria-label={label}
              title={label}
              style={{ insetBlockStart: top, insetInlineStart: `${k * (MARK + 1)}px` }}
              onClick={(e) => props.onOpen([m.codingId], e.currentTarget.getBoundingClientRect())}
            >
              <span aria-hidden>✎</span>
            </button>
          );
        });
      })}
    </div>
  );
}
