import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import type { Case, CaseId } from '../../../shared/model';
import { rankCodes } from '../../components/code-picker/rank-codes';
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
  const [active, setActive] = useState(currentId ? 1 : 0);
  const current = Math.min(active, Math.max(0, options.length - 1));

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

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const count = Math.max(1, options.length);
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((current + 1) % count);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((current - 1 + count) % count);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(options[current]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      props.onClose();
    }
  }

  return (
    <div
      className="case-picker"
      role="dialog"
      aria-label={t('documents.casePicker', { title: props.title })}
      style={props.style}
    >
      <input
        type="text"
        dir="auto"
        role="combobox"
        aria-label={t('documents.caseFilter')}
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-activedescendant={options.length ? `${id}-o${current}` : undefined}
        aria-autocomplete="list"
        placeholder={t('documents.caseFilter')}
        value={query}
        autoFocus
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={(e) => {
          // Closing on blur, unless focus moved inside the picker (a click on an option).
          if (!e.currentTarget.parentElement?.contains(e.relatedTarget as Node | null))
            props.onClose();
        }}
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
            onMouseEnter={() => setActive(i)}
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
