import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useRef,
  type DragEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { useI18n } from '../../hooks/use-i18n';
import type { TextRange } from '../../hooks/use-coding-actions';
import { selectionEndRect, selectionPoints } from './dom-selection';
import { paragraphDirection, type Paragraph } from '../../../shared/text/paragraphs';
import { ParagraphRow, type Bar, type CodeLook } from './ParagraphRow';
import type { RangeRef } from './segments';
import { selectionToRange } from './selection-offsets';

/** The MIME type a code carries when dragged from the side panel onto the text. */
export const CODE_DRAG_TYPE = 'application/x-mazmun-code';

interface TranscriptTextProps {
  readonly label: string;
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly dir: 'rtl' | 'ltr';
  readonly paraDir: 'rtl' | 'ltr' | 'auto';
  readonly rangesByPara: readonly (readonly RangeRef[])[];
  readonly looks: ReadonlyMap<string, CodeLook>;
  readonly barsByPara: (index: number) => readonly Bar[];
  readonly laneCount: number;
  /** Paragraph to bring into view; a new object each request. */
  readonly scrollTo: { readonly index: number } | null;
  /** A selection was made (range) or cleared (null); rect is where it ends on screen. */
  readonly onSelect: (range: TextRange | null, rect: DOMRect | null) => void;
  /** A click without selecting on coded text: the coding ids under it. */
  readonly onMarkClick: (codingIds: readonly string[], at: { x: number; y: number }) => void;
  readonly onClickPlain: () => void;
  /** C or Enter: code the current selection. */
  readonly onCodeKey: () => void;
  readonly onEscape: () => void;
  readonly onDropCode: (codeId: string) => void;
}

const ARROWS: Record<string, [string, string]> = {
  ArrowLeft: ['left', 'character'],
  ArrowRight: ['right', 'character'],
  ArrowUp: ['backward', 'line'],
  ArrowDown: ['forward', 'line'],
};

export function TranscriptText(props: TranscriptTextProps) {
  const { t, n, locale } = useI18n();
  const highlightLabel = useCallback(
    (names: readonly string[]) =>
      t('transcript.highlight', { codes: names.join(locale === 'fa' ? '، ' : ', ') }),
    [t, locale],
  );
  const scrollerRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const downAt = useRef<{ x: number; y: number } | null>(null);
  // The paragraph where a selection started stays mounted while the drag scrolls far away:
  // unmounting it would cut the browser's selection off at its anchor.
  const anchorIndex = useRef<number | null>(null);
  const rangeExtractor = useCallback((range: Range) => {
    const list = defaultRangeExtractor(range);
    const keep = anchorIndex.current;
    if (keep === null || keep >= range.count || list.includes(keep)) return list;
    // Only while the selection lives (a drag in progress, or text still selected).
    const sel = document.getSelection();
    const live =
      (sel && !sel.isCollapsed && listRef.current?.contains(sel.anchorNode)) ||
      downAt.current !== null;
    return live ? [...list, keep].sort((a, b) => a - b) : list;
  }, []);
  const { paragraphs, text } = props;

  // The virtualizer hands out functions that React Compiler cannot memoize; that is expected.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: paragraphs.length,
    getScrollElement: () => scrollerRef.current,
    // A first guess from the length (about 90 characters a line at 2em); rows are measured.
    estimateSize: (i) => {
      const p = paragraphs[i];
      const len = p ? p.end - p.start : 0;
      return 18 + Math.max(1, Math.ceil(len / 90)) * 34;
    },
    overscan: 6,
    rangeExtractor,
  });

  const scrollTo = props.scrollTo;
  useEffect(() => {
    if (scrollTo) virtualizer.scrollToIndex(scrollTo.index, { align: 'center' });
  }, [scrollTo, virtualizer]);

  function readSelection() {
    const root = listRef.current;
    if (!root) return;
    const pts = selectionPoints(root);
    if (!pts || pts.collapsed) return null;
    return selectionToRange(text, pts.anchor, pts.focus);
  }

  function onMouseDown(e: MouseEvent) {
    downAt.current = { x: e.clientX, y: e.clientY };
    const row = (e.target as Element).closest?.('[data-para-row]');
    anchorIndex.current = row ? Number(row.getAttribute('data-index')) : null;
  }

  useEffect(() => {
    // The button may be released outside the text (a drag that overshoots).
    const up = () => setTimeout(() => (downAt.current = null), 0);
    window.addEventListener('mouseup', up);
    return () => window.removeEventListener('mouseup', up);
  }, []);

  function onMouseUp(e: MouseEvent) {
    if (e.button !== 0 || isStillClick(e)) return;
    const range = readSelection();
    if (range) props.onSelect(range, selectionEndRect(document));
  }

  /** True when the mouse did not move between down and up: a click, not a drag-selection. */
  function isStillClick(e: MouseEvent): boolean {
    const d = downAt.current;
    return !!d && Math.abs(d.x - e.clientX) < 3 && Math.abs(d.y - e.clientY) < 3;
  }

  // A click inside selected text still sees the old selection here (the browser collapses it
  // later), so a click is told from a drag by the mouse not moving.
  function onClick(e: MouseEvent) {
    if (e.detail > 1) {
      // Double and triple clicks select a word or paragraph.
      const range = readSelection();
      if (range) props.onSelect(range, selectionEndRect(document));
      return;
    }
    if (!isStillClick(e) && readSelection()) return;
    const mark = (e.target as Element).closest?.('mark[data-codings]');
    if (mark) {
      const ids = (mark.getAttribute('data-codings') ?? '').split(' ').filter(Boolean);
      props.onMarkClick(ids, { x: e.clientX, y: e.clientY });
    } else props.onClickPlain();
  }

  function onKeyDown(e: KeyboardEvent) {
    const arrow = ARROWS[e.key];
    if (arrow && e.shiftKey && !e.altKey) {
      // Non-editable text has no caret: extend the selection ourselves, starting at the
      // first visible paragraph when nothing is selected yet.
      const sel = document.getSelection();
      const root = listRef.current;
      if (!sel || !root) return;
      if (sel.rangeCount === 0 || !root.contains(sel.anchorNode)) {
        const first = root.querySelector('[data-para-text]');
        const node = first?.firstChild;
        if (!node) return;
        sel.collapse(node, 0);
      }
      e.preventDefault();
      const [direction, unit] = arrow;
      sel.modify('extend', direction, e.ctrlKey || e.metaKey ? 'word' : unit);
      const range = readSelection();
      props.onSelect(range ?? null, range ? selectionEndRect(document) : null);
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'Tab' && moveFocusAmongMarks(e.target as Element, e.shiftKey)) {
      e.preventDefault();
      return;
    }
    // A highlight reached with Tab: Enter or Space opens its codes (unless text is selected).
    const focused = (e.target as Element).closest?.('mark[data-codings]');
    if (focused && (e.key === 'Enter' || e.key === ' ') && !readSelection()) {
      e.preventDefault();
      const r = focused.getBoundingClientRect();
      const ids = (focused.getAttribute('data-codings') ?? '').split(' ').filter(Boolean);
      props.onMarkClick(ids, { x: r.left + r.width / 2, y: r.bottom });
      return;
    }
    // e.code: the C key on a Persian keyboard types 'ز'.
    if (e.key === 'Enter' || e.key === 'c' || e.key === 'C' || e.code === 'KeyC') {
      e.preventDefault();
      const range = readSelection();
      if (range) {
        props.onSelect(range, selectionEndRect(document));
        props.onCodeKey();
        return;
      }
      // No selection: a caret inside a coded passage opens that passage's codes.
      const caret = document.getSelection()?.anchorNode;
      const el = caret instanceof Element ? caret : caret?.parentElement;
      const mark = el && listRef.current?.contains(el) ? el.closest('mark[data-codings]') : null;
      if (mark) {
        const r = mark.getBoundingClientRect();
        const ids = (mark.getAttribute('data-codings') ?? '').split(' ').filter(Boolean);
        props.onMarkClick(ids, { x: r.left + r.width / 2, y: r.bottom });
      } else props.onCodeKey();
    } else if (e.key === 'Escape') props.onEscape();
  }

  /**
   * Tab and Shift+Tab from the text step through the highlights in view. Marks are made
   * focusable only while they hold the focus: a focusable mark under the mouse would stop a
   * drag-selection from starting inside it.
   */
  function moveFocusAmongMarks(from: Element, back: boolean): boolean {
    const root = listRef.current;
    if (!root) return false;
    const marks = [...root.querySelectorAll<HTMLElement>('mark[data-codings]')];
    const at = marks.indexOf(from as HTMLElement);
    const next = at < 0 ? (back ? undefined : marks[0]) : marks[at + (back ? -1 : 1)];
    if (!next) return false;
    next.tabIndex = -1;
    next.addEventListener('blur', () => next.removeAttribute('tabindex'), { once: true });
    next.focus();
    return true;
  }

  function onDragOver(e: DragEvent) {
    if (e.dataTransfer.types.includes(CODE_DRAG_TYPE)) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  }

  function onDrop(e: DragEvent) {
    const codeId = e.dataTransfer.getData(CODE_DRAG_TYPE);
    if (!codeId) return;
    e.preventDefault();
    props.onDropCode(codeId);
  }

  const items = virtualizer.getVirtualItems();
  return (
    <div
      ref={scrollerRef}
      className="transcript-scroller"
      role="document"
      aria-label={props.label}
      tabIndex={0}
      dir={props.dir}
      onMouseDown={onMouseDown}
      onMouseUp={onMouseUp}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <div
        ref={listRef}
        className="transcript-list"
        style={{ blockSize: `${virtualizer.getTotalSize()}px` }}
      >
        {items.map((v) => {
          const para = paragraphs[v.index];
          if (!para) return null;
          const content = text.slice(para.start, para.end);
          return (
            <ParagraphRow
              key={v.key}
              para={para}
              content={content}
              dir={paragraphDirection(content, props.paraDir)}
              ranges={props.rangesByPara[v.index] ?? []}
              looks={props.looks}
              bars={props.barsByPara(v.index)}
              laneCount={props.laneCount}
              numberLabel={n(para.index + 1)}
              paragraphLabel={t('transcript.paragraph', { n: n(para.index + 1) })}
              highlightLabel={highlightLabel}
              offsetTop={v.start}
              measureRef={virtualizer.measureElement}
            />
          );
        })}
      </div>
    </div>
  );
}
