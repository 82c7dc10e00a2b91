import { useEffect, useRef, useState, type CSSProperties } from 'react';
import type { Code, Coding } from '../../../shared/model';
import { langAttr } from '../../components/lang-of';
import { useI18n } from '../../hooks/use-i18n';

interface CodingPopoverProps {
  readonly codings: readonly Coding[];
  readonly codeOf: (c: Coding) => Code | undefined;
  readonly text: string;
  /** A selection is waiting: "Set range" moves the coding onto it. */
  readonly canSetRange: boolean;
  readonly onRemove: (c: Coding) => void;
  readonly onSetRange: (c: Coding) => void;
  readonly onMemo: (c: Coding, memo: string) => void;
  readonly onClose: () => void;
  readonly style?: CSSProperties;
}

/** The codes of a clicked passage, each with remove, "Set range" and a memo. */
export function CodingPopover(props: CodingPopoverProps) {
  const { t } = useI18n();
  const { onClose } = props;
  const boxRef = useRef<HTMLDivElement>(null);
  // Opened from the keyboard (Enter on a stripe or highlight), the dialog takes the focus, so
  // its memo and buttons are the next Tab stops; closing gives it back to the text.
  useEffect(() => {
    boxRef.current?.focus({ preventScroll: true });
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div
      ref={boxRef}
      tabIndex={-1}
      className="coding-popover"
      role="dialog"
      aria-label={t('transcript.codingsAt')}
      style={props.style}
    >
      <div className="popover-head">
        <h2>{t('transcript.codingsAt')}</h2>
        <button type="button" className="btn small" onClick={onClose}>
          {t('transcript.close')}
        </button>
      </div>
      <ul>
        {props.codings.map((c) => (
          <CodingItem key={c.id} coding={c} code={props.codeOf(c)} {...props} />
        ))}
      </ul>
    </div>
  );
}

function CodingItem({
  coding,
  code,
  text,
  canSetRange,
  onRemove,
  onSetRange,
  onMemo,
}: CodingPopoverProps & { coding: Coding; code: Code | undefined }) {
  const { t, locale } = useI18n();
  const name = code?.name ?? '?';
  const [memo, setMemo] = useState(coding.memo);
  const excerpt = text.slice(coding.start, Math.min(coding.end, coding.start + 140));
  return (
    <li>
      <div className="coding-line">
        <span className="swatch" style={{ background: code?.color ?? '#888' }} aria-hidden />
        <strong dir="auto" lang={langAttr(name, locale)}>
          {name}
        </strong>
      </div>
      <blockquote dir="auto" lang={langAttr(excerpt, locale)}>
        {excerpt}
        {coding.end - coding.start > 140 ? '…' : ''}
      </blockquote>
      <textarea
        dir="auto"
        rows={2}
        aria-label={t('transcript.codingMemo', { code: name })}
        value={memo}
        onChange={(e) => setMemo(e.target.value)}
        onBlur={() => memo !== coding.memo && onMemo(coding, memo)}
      />
      <div className="coding-actions">
        <button
          type="button"
          className="btn small"
          disabled={!canSetRange}
          aria-label={t('transcript.setRangeLabel', { code: name })}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onSetRange(coding)}
        >
          {t('transcript.setRange')}
        </button>
        <button
          type="button"
          className="btn small danger"
          aria-label={t('transcript.removeCoding', { code: name })}
          onClick={() => onRemove(coding)}
        >
          {t('transcript.removeCoding', { code: '' }).trim()}
        </button>
      </div>
    </li>
  );
}
