import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { announce } from '../../app/LiveAnnouncer';
import type { TranscriptTarget } from '../../app/WorkspaceProvider';
import { codeTree } from '../../../shared/analysis/code-tree';
import type { Code, CodeId, Coding, DocumentMeta } from '../../../shared/model';
import type { Result } from '../../../shared/model/snapshot';
import { CodePicker } from '../../components/code-picker/CodePicker';
import { useCodingActions, type TextRange } from '../../hooks/use-coding-actions';
import { useMemosByParagraph, type PlacedMemoMark } from '../../hooks/use-memos-by-paragraph';
import { useDocumentPageStarts } from '../../hooks/use-page-starts';
import { useI18n } from '../../hooks/use-i18n';
import { CodingPopover } from './CodingPopover';
import { DocumentMemoEditor } from './DocumentMemoEditor';
import { selectionEndRect } from './dom-selection';
import { paragraphIndexAt, splitParagraphs } from '../../../shared/text/paragraphs';
import { FLASH_ID, PENDING_ID, type Bar, type CodeLook } from './ParagraphRow';
import { placeInBox, type Point } from './placement';
import { passageBox, placeBeside } from './popover-place';
import { rangesByParagraph, type RangeRef } from './segments';
import { assignLanes, barsForParagraph } from './stripes';
import { CODE_DRAG_TYPE, TranscriptText } from './TranscriptText';
import { translateFailure, type Refusal } from '../../i18n/errors';

interface CodingBoardProps {
  readonly meta: DocumentMeta;
  readonly text: string;
  readonly dir: 'rtl' | 'ltr';
  readonly paraDir: 'rtl' | 'ltr' | 'auto';
  readonly codings: readonly Coding[];
  readonly codes: readonly Code[];
  readonly target: TranscriptTarget;
}

const FLASH_MS = 2500;
const NO_MEMOS: readonly PlacedMemoMark[] = [];

/** Fixed-position style for an element of `size` centred under the point `p`. */
function viewportPlace(
  p: Point,
  size: { w: number; h: number },
  dir: 'ltr' | 'rtl',
): CSSProperties {
  const box = { left: 8, top: 8, right: window.innerWidth - 8, bottom: window.innerHeight - 8 };
  // placeInBox puts the inline-start corner at the point: shift by half the width to centre.
  const x = dir === 'ltr' ? p.x - size.w / 2 : p.x + size.w / 2;
  return placeInBox({ x, y: p.y }, size, box, dir);
}

/** The text with its codings, the floating coding controls and the side panel. */
export function CodingBoard({
  meta,
  text,
  dir,
  paraDir,
  codings,
  codes,
  target,
}: CodingBoardProps) {
  const { t, dir: uiDir, locale } = useI18n();
  const actions = useCodingActions(meta.id);
  const [pending, setPending] = useState<TextRange | null>(null);
  const [anchor, setAnchor] = useState<Point | null>(null);
  const [picker, setPicker] = useState(false);
  const [popover, setPopover] = useState<{ ids: readonly string[]; at: Point } | null>(null);
  const [flashDone, setFlashDone] = useState(0);
  const [error, setError] = useState<Refusal | null>(null);
  const [hoverCoding, setHoverCoding] = useState<string | null>(null);
  const boardRef = useRef<HTMLDivElement>(null);
  // After the picker or a popover closes, the focus goes back to the text (never to <body>).
  const focusText = useCallback(() => {
    boardRef.current?.querySelector<HTMLElement>('.transcript-scroller')?.focus({
      preventScroll: true,
    });
  }, []);

  const paragraphs = useMemo(() => splitParagraphs(text), [text]);
  const memoMarks = useMemosByParagraph(meta.id, paragraphs);
  const pageStarts = useDocumentPageStarts(meta.id);
  const memosByPara = useCallback(
    (i: number): readonly PlacedMemoMark[] => memoMarks.get(i) ?? NO_MEMOS,
    [memoMarks],
  );
  const tree = useMemo(() => codeTree(codes), [codes]);
  const codeById = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const codeName = useCallback(
    (codeId: string) => codeById.get(codeId as CodeId)?.name ?? '',
    [codeById],
  );

  // The passage asked for by navigation: scrolled to and flashed until FLASH_MS have passed.
  const flash = target.range && flashDone !== target.nonce ? target.range : null;
  const scrollTo = useMemo(
    () =>
      target.range
        ? { index: paragraphIndexAt(paragraphs, target.range.start), nonce: target.nonce }
        : null,
    [target.range, target.nonce, paragraphs],
  );
  useEffect(() => {
    if (!target.range) return;
    const nonce = target.nonce;
    const timer = setTimeout(() => setFlashDone(nonce), FLASH_MS);
    return () => clearTimeout(timer);
  }, [target.range, target.nonce]);

  const looks = useMemo(() => {
    const m = new Map<string, CodeLook>();
    for (const c of codings) {
      const code = codeById.get(c.codeId);
      m.set(c.id, { name: code?.name ?? '?', color: code?.color ?? '#888888' });
    }
    return m;
  }, [codings, codeById]);

  const rangesByPara = useMemo(() => {
    const ranges: RangeRef[] = codings.map((c) => ({ id: c.id, start: c.start, end: c.end }));
    // The selection is drawn only while the picker has focus: the browser's own selection
    // highlight is gone then, and redrawing the text under a live selection would break it.
    if (pending && picker) ranges.push({ id: PENDING_ID, ...pending });
    if (flash) ranges.push({ id: FLASH_ID, ...flash });
    return rangesByParagraph(paragraphs, ranges);
  }, [codings, pending, picker, flash, paragraphs]);

  const lanes = useMemo(
    () =>
      assignLanes(
        tree.map((x) => x.code.id),
        codings,
      ),
    [tree, codings],
  );
  const codeOfCoding = useMemo(
    () => new Map(codings.map((c) => [c.id as string, c.codeId])),
    [codings],
  );
  const barsByPara = useCallback(
    (i: number): Bar[] => {
      const inPara = (rangesByPara[i] ?? []).flatMap((r) => {
        const codeId = codeOfCoding.get(r.id);
        return codeId ? [{ codingId: r.id, codeId, start: r.start, end: r.end }] : [];
      });
      const para = paragraphs[i];
      if (!para) return [];
      return barsForParagraph(inPara, lanes, para.start, para.end).map((b) => {
        const code = codeById.get(b.codeId as CodeId);
        return {
          codingId: b.codingId,
          codeId: b.codeId,
          lane: b.lane,
          name: code?.name ?? '?',
          color: code?.color ?? '#888888',
          spans: [b.span],
        };
      });
    },
    [rangesByPara, codeOfCoding, lanes, codeById, paragraphs],
  );

  // Keep the floating button under the selection while the text scrolls.
  useEffect(() => {
    if (!pending || picker) return;
    const onScroll = () => {
      const r = selectionEndRect(document);
      if (r) setAnchor(endPoint(r, dir));
    };
    window.addEventListener('scroll', onScroll, true);
    return () => window.removeEventListener('scroll', onScroll, true);
  }, [pending, picker, dir]);

  const done = useCallback(
    (r: Result<unknown>, said?: string) => {
      if (!r.ok) {
        setError(r);
        return;
      }
      setError(null);
      setPending(null);
      setPicker(false);
      document.getSelection()?.removeAllRanges();
      focusText();
      if (said) announce(said);
    },
    [focusText],
  );

  const codedWith = (name: string) => t('live.coded', { code: name });
  const codeWith = (codeId: CodeId) =>
    pending &&
    void actions
      .code(pending, codeId)
      .then((r) => done(r, codedWith(codeById.get(codeId)?.name ?? '')));
  const createWith = (name: string) =>
    pending && void actions.createAndCode(pending, name).then((r) => done(r, codedWith(name)));

  const emphasized = useMemo(
    () => new Set([...(hoverCoding ? [hoverCoding] : []), ...(popover?.ids ?? [])]),
    [hoverCoding, popover],
  );

  const popCodings = popover
    ? popover.ids.map((id) => codings.find((c) => c.id === id)).filter((c): c is Coding => !!c)
    : [];

  return (
    <div className="transcript-body" ref={boardRef}>
      <div className="transcript-main">
        {error && (
          <div role="alert" className="banner error">
            {translateFailure(error, locale)}
          </div>
        )}
        <TranscriptText
          label={t('transcript.text', { title: meta.title })}
          text={text}
          paragraphs={paragraphs}
          dir={dir}
          paraDir={paraDir}
          rangesByPara={rangesByPara}
          looks={looks}
          barsByPara={barsByPara}
          laneCount={lanes.size}
          scrollTo={scrollTo}
          onSelect={(range, rect) => {
            setPending(range);
            setAnchor(rect ? endPoint(rect, dir) : null);
            setPicker(false);
          }}
          onMarkClick={(ids, at) => setPopover({ ids, at })}
          onClickPlain={() => {
            setPending(null);
            setPicker(false);
            setPopover(null);
          }}
          onCodeKey={() => setPicker(true)}
          onEscape={() => {
            setPending(null);
            setPicker(false);
            setPopover(null);
          }}
          onDropCode={(id) => codeWith(id as CodeId)}
          emphasized={emphasized}
          memosByPara={memosByPara}
          pageStarts={pageStarts}
          onStripeHover={setHoverCoding}
          onStripeSelect={(id, r) =>
            setPopover({ ids: [id], at: { x: r.left + r.width / 2, y: r.top } })
          }
          onMemoOpen={(ids, r) => setPopover({ ids, at: { x: r.left + r.width / 2, y: r.top } })}
          codeName={codeName}
        />
        {pending && anchor && !picker && (
          <button
            type="button"
            className="btn primary code-selection"
            title={t('transcript.codeSelectionHint')}
            style={viewportPlace(anchor, { w: 150, h: 34 }, uiDir)}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => setPicker(true)}
            // The button floats over the text: a code dropped on it codes the selection too.
            onDragOver={(e) => {
              if (!e.dataTransfer.types.includes(CODE_DRAG_TYPE)) return;
              e.preventDefault();
              e.dataTransfer.dropEffect = 'copy';
            }}
            onDrop={(e) => {
              const id = e.dataTransfer.getData(CODE_DRAG_TYPE);
              if (!id) return;
              e.preventDefault();
              codeWith(id as CodeId);
            }}
          >
            {t('transcript.codeSelection')}
          </button>
        )}
        {picker && pending && (
          <CodePicker
            codes={codes}
            recent={actions.recent}
            onPick={codeWith}
            onCreate={createWith}
            onClose={() => {
              // Cancelled: the floating "Code selection" button goes too, or it would sit over
              // the next lines and swallow the mouse-down of the next selection. The selection
              // itself stays; C codes it again.
              setPicker(false);
              setPending(null);
              focusText();
            }}
            style={viewportPlace(anchor ?? { x: 300, y: 200 }, { w: 320, h: 340 }, uiDir)}
          />
        )}
        {popover && popCodings.length > 0 && (
          <CodingPopover
            codings={popCodings}
            codeOf={(c) => codeById.get(c.codeId)}
            text={text}
            canSetRange={pending !== null}
            onRemove={(c) =>
              void actions.remove(c.id).then((r) => {
                if (!r.ok) return setError(r);
                announce(t('live.removed', { code: codeById.get(c.codeId)?.name ?? '' }));
                focusText();
              })
            }
            onSetRange={(c) => pending && void actions.setRange(c.id, pending).then(done)}
            onMemo={(c, memo) => void actions.setMemo(c.id, memo).then((r) => r.ok || setError(r))}
            onClose={() => {
              setPopover(null);
              focusText();
            }}
            style={popoverPlace(popover, uiDir)}
          />
        )}
      </div>
      <div className="transcript-side">
        <DocumentMemoEditor documentId={meta.id} />
      </div>
    </div>
  );
}

/**
 * The coding popover beside the passage it describes (its marks on screen), never over it; the
 * point it was opened from stands in for the passage when none of its marks is rendered.
 */
function popoverPlace(
  popover: { readonly ids: readonly string[]; readonly at: Point },
  dir: 'ltr' | 'rtl',
): CSSProperties {
  const { x, y } = popover.at;
  // One transcript is open: its marks are the only ones carrying these coding ids.
  const passage = passageBox(document, popover.ids) ?? {
    left: x,
    top: y - 12,
    right: x,
    bottom: y + 12,
  };
  const view = { left: 8, top: 8, right: window.innerWidth - 8, bottom: window.innerHeight - 8 };
  const at = placeBeside(passage, { w: 340, h: 360 }, view, dir);
  return { left: at.left, top: at.top };
}

/** Where the selection ends on screen: its last line's end (left edge in right-to-left text). */
function endPoint(r: DOMRect, dir: 'rtl' | 'ltr'): Point {
  return { x: dir === 'rtl' ? r.left : r.right, y: r.bottom + 6 };
}
