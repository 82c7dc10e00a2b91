import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type DragEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { useI18n } from '../../hooks/use-i18n';
import type { TextRange } from '../../hooks/use-coding-actions';
import { selectionEndRect, selectionPoints } from './dom-selection';
import { paragraphDirection, type Paragraph } from '../../../shared/text/paragraphs';
import { pagesBeginningIn, type PageStart } from '../../../shared/text/pages';
import { ParagraphRow, type Bar, type CodeLook } from './ParagraphRow';
import type { RangeRef } from './segments';
import { selectionToRange } from './selection-offsets';
import type { PlacedMemoMark } from '../../hooks/use-memos-by-paragraph';
import {
  caretRange,
  keyToMove,
  moveCaret,
  moveOffset,
  paragraphAt,
  type Caret,
} from './caret-model';
import { caretFromDom, caretRect, lineMove, paragraphElement, showCaret } from './caret-dom';

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
  /** Codings drawn emphasized: a stripe hovered or focused, the coding selected. */
  readonly emphasized: ReadonlySet<string>;
  readonly onStripeHover: (codingId: string | null) => void;
  readonly onStripeSelect: (codingId: string, at: DOMRect) => void;
  /** Memo marks of paragraph `index` (issue 13.5's selector). */
  readonly memosByPara: (index: number) => readonly PlacedMemoMark[];
  /** A memo mark was pressed: the codings whose memos it marks. */
  readonly onMemoOpen: (codingIds: readonly string[], at: DOMRect) => void;
  readonly codeName: (codeId: string) => string;
  /** Where the pages of a document read from a PDF begin ([] otherwise): marked in the margin. */
  readonly pageStarts: readonly PageStart[];
}

/** A stripe or memo mark (a coding's button in the margin) handles its own clicks and keys. */
function fromStripe(e: { target: EventTarget }): boolean {
  return !!(e.target as Element).closest?.('[data-stripe], [data-memo-mark]');
}

export function TranscriptText(props: TranscriptTextProps) {
  const { t, n, locale } = useI18n();
  const highlightLabel = useCallback(
    (names: readonly string[]) =>
      t('transcript.highlight', { codes: names.join(locale === 'fa' ? '، ' : ', ') }),
    [t, locale],
  );
  const memoLabel = useCallback(
    (code: string, memo: string) => t('transcript.memoMark', { code, memo }),
    [t],
  );
  const formatCount = useCallback((count: number) => n(count), [n]);
  const memoGroupLabel = useCallback(
    (count: number, codes: readonly string[]) =>
      t('transcript.memoGroup', {
        count: n(count),
        codes: codes.join(locale === 'fa' ? '، ' : ', '),
      }),
    [t, n, locale],
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
  // Caret browsing: the caret's offsets (caret-model.ts) and where it is drawn on screen.
  const caretRef = useRef<Caret | null>(null);
  const [caretBox, setCaretBox] = useState<{ x: number; y: number; h: number } | null>(null);

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

  // A document just opened: the focus goes to its text (not left on the button that opened it,
  // which is gone, so on <body>). Keyed by the label, which names the document.
  useEffect(() => {
    scrollerRef.current?.focus({ preventScroll: true });
  }, [props.label]);

  const scrollTo = props.scrollTo;
  useEffect(() => {
    if (scrollTo) virtualizer.scrollToIndex(scrollTo.index, { align: 'center' });
  }, [scrollTo, virtualizer]);

  /** "p. 3" where a page begins in paragraph `i` (its stretch from the previous one's end). */
  function pageLabel(i: number): string | null {
    if (props.pageStarts.length === 0) return null;
    const para = props.paragraphs[i];
    if (!para) return null;
    const from = props.paragraphs[i - 1]?.end ?? 0;
    const pages = pagesBeginningIn(props.pageStarts, from, para.end);
    return pages.length ? pages.map((p) => t('textcheck.page', { page: n(p) })).join(' ') : null;
  }

  function readSelection() {
    const root = listRef.current;
    if (!root) return;
    const pts = selectionPoints(root);
    if (!pts || pts.collapsed) return null;
    return selectionToRange(text, pts.anchor, pts.focus);
  }

  function onMouseDown(e: MouseEvent) {
    setCaretBox(null);
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
    if (e.button !== 0 || isStillClick(e) || fromStripe(e)) return;
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
    if (fromStripe(e)) return;
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

  /** The caret now: the browser's selection in the text, else the last one, else the top. */
  function currentCaret(root: Element): Caret | null {
    const fromDom = caretFromDom(root);
    if (fromDom) return fromDom;
    if (caretRef.current) return caretRef.current;
    const first = root.querySelector<HTMLElement>('[data-para-text]');
    if (!first) return null;
    const at = Number(first.dataset.start);
    return { anchor: at, focus: at };
  }

  /** Arrows, Home and End move the caret; with Shift they select from it. */
  function moveByKey(e: KeyboardEvent): boolean {
    const root = listRef.current;
    if (!root || e.altKey || e.metaKey) return false;
    const caret = currentCaret(root);
    if (!caret) return false;
    const el = paragraphElement(root, caret.focus);
    const dir = el && getComputedStyle(el).direction === 'rtl' ? 'rtl' : 'ltr';
    const move = keyToMove(e.key, { ctrl: e.ctrlKey }, el ? dir : props.dir);
    if (!move) return false;
    e.preventDefault();
    const byLine =
      move === 'line-up' || move === 'line-down'
        ? lineMove(root, caret.focus, move === 'line-down')
        : null;
    const to = byLine ?? moveOffset(text, paragraphs, caret.focus, move);
    const next = moveCaret(caret, to, e.shiftKey);
    caretRef.current = next;
    // The paragraph where the selection started stays mounted while the focus moves away.
    anchorIndex.current = paragraphAt(paragraphs, next.anchor);
    placeCaret(root, next);
    return true;
  }

  /** Shows the caret (or the selection) at its offsets, scrolling it into view first. */
  function placeCaret(root: Element, caret: Caret) {
    const index = paragraphAt(paragraphs, caret.focus);
    if (!paragraphElement(root, caret.focus)) {
      virtualizer.scrollToIndex(index, { align: 'center' });
      // The paragraph mounts on the next frames.
      requestAnimationFrame(() => requestAnimationFrame(() => placeCaret(root, caret)));
      return;
    }
    showCaret(root, caret);
    const rect = caretRect(root, caret.focus);
    const scroller = scrollerRef.current;
    if (rect && scroller) {
      const view = scroller.getBoundingClientRect();
      if (rect.top < view.top) scroller.scrollTop -= view.top - rect.top + 8;
      else if (rect.bottom > view.bottom) scroller.scrollTop += rect.bottom - view.bottom + 8;
    }
    const after = caretRect(root, caret.focus);
    const range = caretRange(caret);
    setCaretBox(after && !range ? { x: after.left, y: after.top, h: after.height } : null);
    const selected = range ? readSelection() : null;
    props.onSelect(selected ?? null, selected ? selectionEndRect(document) : null);
  }

  /** The drawn caret moves with the text when it scrolls (or goes when its line leaves). */
  function followCaret() {
    const root = listRef.current;
    const caret = caretRef.current;
    if (!caretBox || !root || !caret) return;
    const r = caretRect(root, caret.focus);
    const view = scrollerRef.current?.getBoundingClientRect();
    const inView = r && view && r.top >= view.top && r.bottom <= view.bottom;
    setCaretBox(inView ? { x: r.left, y: r.top, h: r.height } : null);
  }

  function onKeyDown(e: KeyboardEvent) {
    if (fromStripe(e)) {
      // Enter and Space click the stripe (its own button); Tab goes on through the margin.
      if (e.key === 'Tab' && moveFocusAmongMarks(e.target as Element, e.shiftKey))
        e.preventDefault();
      return;
    }
    if (moveByKey(e)) return;
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
    // Paragraph by paragraph: its highlights (the text first), then its stripes and memo marks.
    const marks = [...root.querySelectorAll<HTMLElement>('[data-para-row]')].flatMap((row) => [
      ...row.querySelectorAll<HTMLElement>('mark[data-codings]'),
      ...row.querySelectorAll<HTMLElement>('[data-stripe], [data-memo-mark]'),
    ]);
    const at = marks.indexOf(from as HTMLElement);
    const next = at < 0 ? (back ? undefined : marks[0]) : marks[at + (back ? -1 : 1)];
    if (!next) return false;
    if (next.tagName === 'MARK') {
      next.tabIndex = -1;
      next.addEventListener('blur', () => next.removeAttribute('tabindex'), { once: true });
    }
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
      aria-description={t('transcript.caretHint')}
      tabIndex={0}
      dir={props.dir}
      onMouseDown={onMouseDown}
      onMouseUp={onMouseUp}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onBlur={() => setCaretBox(null)}
      onScroll={followCaret}
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
              locale={locale}
              emphasized={props.emphasized}
              onStripeHover={props.onStripeHover}
              onStripeSelect={props.onStripeSelect}
              memos={props.memosByPara(v.index)}
              pageLabel={pageLabel(v.index)}
              memoLabel={memoLabel}
              memoGroupLabel={memoGroupLabel}
              formatCount={formatCount}
              codeName={props.codeName}
              onMemoOpen={props.onMemoOpen}
            />
          );
        })}
      </div>
      {caretBox && (
        <span
          className="transcript-caret"
          aria-hidden
          style={{ left: caretBox.x, top: caretBox.y, height: caretBox.h }}
        />
      )}
    </div>
  );
}
