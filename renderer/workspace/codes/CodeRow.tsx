import { useRef, useState, type DragEvent } from 'react';
import type { Code } from '../../../shared/model';
import { langAttr } from '../../components/lang-of';
import { useI18n } from '../../hooks/use-i18n';
import { CODE_DRAG_TYPE } from '../../views/transcript/TranscriptText';
import { CODING_DRAG_TYPE } from '../segments/drag-types';

interface CodeRowProps {
  readonly code: Code;
  readonly depth: number;
  readonly count: number;
  readonly active: boolean;
  readonly onToggle: () => void;
  /** A coding dropped on this code: move it here. */
  readonly onDropCoding: (codingId: string) => void;
  /** While a coding of another code is picked up: moves it here. */
  readonly onMoveHere: (() => void) | null;
  /** Whether the code has a memo (the memo button is drawn solid then). */
  readonly hasMemo: boolean;
  /** Opens the code's memo; the button is passed so the focus can come back to it. */
  readonly onMemo: (button: HTMLButtonElement) => void;
  /** Its references in the open document (own or with subcodes, as `count`); null: none open. */
  readonly here: number | null;
  /** Goes to its next passage in the open document. */
  readonly onNext: () => void;
}

/**
 * One code of the code system: activation box, colour, name (one line, ellipsized, the whole
 * name in its tooltip), count. Drag it onto selected text to code the text; drop a segment on it
 * to move that coding here.
 */
export function CodeRow({
  code,
  depth,
  count,
  active,
  onToggle,
  onDropCoding,
  onMoveHere,
  hasMemo,
  onMemo,
  here,
  onNext,
}: CodeRowProps) {
  const { t, n, locale } = useI18n();
  const [over, setOver] = useState(false);
  // After a move by keyboard the button goes away: focus stays on this row, not on <body>.
  const box = useRef<HTMLInputElement>(null);
  const accepts = (e: DragEvent) => e.dataTransfer.types.includes(CODING_DRAG_TYPE);
  return (
    <li
      className={`ws-row ws-code${active ? ' active' : ''}${over ? ' drop-over' : ''}`}
      style={{ paddingInlineStart: `${4 + depth * 14}px` }}
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData(CODE_DRAG_TYPE, code.id);
        e.dataTransfer.setData('text/plain', code.name);
        e.dataTransfer.effectAllowed = 'copy';
      }}
      onDragOver={(e) => {
        if (!accepts(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false);
        const id = e.dataTransfer.getData(CODING_DRAG_TYPE);
        if (!id) return;
        e.preventDefault();
        onDropCoding(id);
      }}
    >
      <input
        ref={box}
        type="checkbox"
        checked={active}
        aria-label={t('workspace.codes.activate', { code: code.name })}
        onChange={onToggle}
      />
      <span className="swatch" style={{ background: code.color }} aria-hidden />
      <span className="ws-row-name" dir="auto" lang={langAttr(code.name, locale)} title={code.name}>
        {code.name}
      </span>
      {onMoveHere && (
        <button
          type="button"
          className="btn small ws-move-here"
          aria-label={t('workspace.codes.moveHereLabel', { code: code.name })}
          onClick={() => {
            onMoveHere();
            box.current?.focus();
          }}
        >
          {t('workspace.codes.moveHere')}
        </button>
      )}
      <button
        type="button"
        className={`ws-memo${hasMemo ? ' has-memo' : ''}`}
        aria-label={t(hasMemo ? 'workspace.codes.memoOpen' : 'workspace.codes.memoNew', {
          code: code.name,
        })}
        title={t(hasMemo ? 'workspace.codes.memoOpen' : 'workspace.codes.memoNew', {
          code: code.name,
        })}
        onClick={(e) => onMemo(e.currentTarget)}
      >
        <span aria-hidden>✎</span>
      </button>
      {/* The open document's passages of the code (what the transcript's own code list showed):
          pressed, the text goes to the next one. */}
      {here !== null && here > 0 && (
        <button
          type="button"
          className="ws-here"
          // The name starts with the visible number (WCAG 2.5.3, label in name).
          aria-label={`${n(here)}: ${t('workspace.codes.next', { code: code.name, count: n(here) })}`}
          title={t('workspace.codes.next', { code: code.name, count: n(here) })}
          onClick={onNext}
        >
          {n(here)}
        </button>
      )}
      <span
        className="ws-count"
        title={t('workspace.codes.count', { code: code.name, count: n(count) })}
      >
        {n(count)}
      </span>
    </li>
  );
}
