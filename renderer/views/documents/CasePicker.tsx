import { useEffect, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { Case, CaseId } from '../../../shared/model';
import { ComboboxInput } from '../../components/code-picker/ComboboxInput';
import { rankCodes } from '../../components/code-picker/rank-codes';
import {
  pointerTakesHighlight,
  useListboxKeys,
} from '../../components/code-picker/use-listbox-keys';
import { useI18n } from '../../hooks/use-i18n';

interface CasePickerProps {
  readonly title: string;
  readonly cases: readonly Case[];
  readonly currentId: CaseId | null;
  readonly style: CSSProperties;
  readonly onPick: (caseId: CaseId | null) => void;
  readonly onCreate: (name: string) => void;
  readonly onClose: () => void;
}

type Option = { kind: 'none' } | { kind: 'case'; c: Case } | { kind: 'create'; name: string };

/** Options drawn at once; a project may have thousands of cases, typing narrows the rest. */
const SHOWN = 80;

/**
 * The ONE case picker of the documents list (not a <select> per row): type to filter
 * (Arabic ي/ك, digits and half-spaces ignored), Enter to apply, "Create case “…”" inline.
 */
export function CasePicker(props: CasePickerProps) {
  const { t, n } = useI18n();
  const id = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState('');
  const { cases, currentId } = props;

  const { options, hidden } = useMemo(() => {
    const ranked = rankCodes(cases, query, currentId ? [currentId] : []);
    const shown = ranked.codes.slice(0, SHOWN);
    const list: Option[] = query.trim() ? [] : [{ kind: 'none' }];
    for (const c of shown) list.push({ kind: 'case', c });
    const name = query.trim();
    if (name && !ranked.exact) list.push({ kind: 'create', name });
    return { options: list, hidden: ranked.codes.length - shown.length };
  }, [cases, query, currentId]);

  // The current case is ranked first: start there when nothing is typed.
  const { current, setActive, onKeyDown } = useListboxKeys({
    count: options.length,
    initial: currentId ? 1 : 0,
    onEnter: (i) => choose(options[i]),
    onEscape: props.onClose,
  });

  useEffect(() => {
    listRef.current
      ?.querySelector(`[data-option="${current}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  function choose(o: Option | undefined) {
    if (!o) return;
    if (o.kind === 'none') props.onPick(null);
    else if (o.kind === 'case') props.onPick(o.c.id);
    else props.onCreate(o.name);
  }

  return (
    <div
      className="case-picker"
      role="dialog"
      aria-label={t('documents.casePicker', { title: props.title })}
      style={props.style}
    >
      <ComboboxInput
        label={t('documents.caseFilter')}
        listId={`${id}-list`}
        activeId={options.length ? `${id}-o${current}` : undefined}
        value={query}
        autoFocus
        onChange={(q) => {
          setQuery(q);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlurOutside={props.onClose}
      />
      <ul ref={listRef} id={`${id}-list`} role="listbox" aria-label={t('documents.caseList')}>
        {options.map((o, i) => (
          <li
            key={o.kind === 'case' ? o.c.id : o.kind}
            id={`${id}-o${i}`}
            data-option={i}
            role="option"
            aria-selected={i === current}
            tabIndex={-1}
            className={o.kind === 'case' ? undefined : o.kind}
            // Only a pointer that moves picks an option: as typing filters the list, options
            // slide under a resting pointer, and a hover then took the highlight from the
            // typed name ("مشارکت‌کننده ۱۱" chosen for "مشارکت‌کننده ۱").
            onMouseMove={(e) => {
              if (pointerTakesHighlight(e, i, current)) setActive(i);
            }}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(o)}
          >
            {o.kind === 'none' && t('documents.caseNone')}
            {o.kind === 'case' && (
              <>
                <span dir="auto">{o.c.name}</span>
                {o.c.id === currentId && (
                  <span className="check" aria-hidden>
                    ✓
                  </span>
                )}
              </>
            )}
            {o.kind === 'create' && (
              <span dir="auto">{t('documents.caseCreateNamed', { name: o.name })}</span>
            )}
          </li>
        ))}
        {options.length === 0 && <li className="empty">{t('documents.caseNoMatch')}</li>}
      </ul>
      {hidden > 0 && <p className="hint">{t('documents.caseMore', { count: n(hidden) })}</p>}
      <p className="hint">{t('documents.casePickerHint')}</p>
    </div>
  );
}
