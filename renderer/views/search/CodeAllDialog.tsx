import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Code } from '../../../shared/model';
import { ComboboxInput } from '../../components/code-picker/ComboboxInput';
import { useListboxKeys } from '../../components/code-picker/use-listbox-keys';
import { useI18n } from '../../hooks/use-i18n';
import type { CodeTarget } from '../../hooks/use-search-actions';
import { Isolated, MARK } from './Bidi';
import { codeAllOptions } from './code-all-options';

interface CodeAllDialogProps {
  readonly codes: readonly Code[];
  /** "N hits in M documents", already worded. */
  readonly summary: string;
  readonly total: number;
  readonly busy: boolean;
  readonly onApply: (target: CodeTarget) => void;
  readonly onClose: () => void;
}

/**
 * Picks the code for "Code all hits": an existing one (Persian-aware filter) or a new one, with
 * the name in Persian letters offered beside a name typed with Arabic ي/ك (as the code picker).
 */
export function CodeAllDialog({
  codes,
  summary,
  total,
  busy,
  onApply,
  onClose,
}: CodeAllDialogProps) {
  const { t, n } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const dialogRef = useRef<HTMLDivElement>(null);

  const options = useMemo(() => codeAllOptions(codes, query), [codes, query]);
  // Escape is left to the dialog's own handler below, which closes it.
  const { current, setActive, onKeyDown } = useListboxKeys({
    count: options.length,
    onEnter: () => apply(),
  });
  const chosen = options[current];

  useEffect(() => {
    dialogRef.current?.querySelector('input')?.focus();
  }, []);

  function apply() {
    if (!chosen || busy) return;
    onApply(chosen.kind === 'code' ? { codeId: chosen.code.id } : { newName: chosen.name });
  }

  return (
    <div
      ref={dialogRef}
      className="sv-dialog panel"
      role="dialog"
      aria-labelledby={`${id}-title`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <h2 id={`${id}-title`}>{t('search.dialog.title')}</h2>
      <p className="muted">{summary}</p>
      <ComboboxInput
        label={t('search.dialog.filter')}
        listId={`${id}-list`}
        activeId={chosen ? `${id}-o${current}` : undefined}
        value={query}
        onChange={(q) => {
          setQuery(q);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={t('search.dialog.codes')}>
        {options.map((o, i) => (
          <li
            key={o.kind === 'code' ? o.code.id : `create-${o.persian ? 'fa' : 'typed'}`}
            id={`${id}-o${i}`}
            role="option"
            aria-selected={i === current}
            className={o.kind === 'create' ? 'create' : undefined}
            onClick={() => setActive(i)}
          >
            {o.kind === 'code' ? (
              <>
                <span className="sv-swatch" style={{ background: o.code.color }} aria-hidden />
                <span dir="auto">{o.code.name}</span>
              </>
            ) : (
              <span>
                <Isolated
                  sentence={t(o.persian ? 'letters.createPersian' : 'search.dialog.create', {
                    name: MARK,
                  })}
                  value={o.name}
                />
              </span>
            )}
          </li>
        ))}
        {options.length === 0 && <li className="muted">{t('search.dialog.empty')}</li>}
      </ul>
      <div className="sv-dialog-actions">
        <button type="button" className="btn primary" disabled={!chosen || busy} onClick={apply}>
          {busy ? t('search.dialog.working') : t('search.dialog.apply', { n: n(total) })}
        </button>
        <button type="button" className="btn" onClick={onClose}>
          {t('search.dialog.cancel')}
        </button>
      </div>
    </div>
  );
}
