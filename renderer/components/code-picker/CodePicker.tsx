import { useId, useMemo, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { Code, CodeId } from '../../../shared/model';
import { toLatinDigits } from '../../../shared/text/persian';
import { useI18n } from '../../hooks/use-i18n';
import { langAttr } from '../lang-of';
import { ComboboxInput } from './ComboboxInput';
import { type PickerOption, pickerOptions, vanishedCodes } from './picker-options';
import { pointerTakesHighlight, useListboxKeys } from './use-listbox-keys';
import './code-picker.css';

interface CodePickerProps {
  readonly codes: readonly Code[];
  /** Most recent first; keys 1–9 pick these when nothing is typed. */
  readonly recent: readonly CodeId[];
  readonly onPick: (codeId: CodeId) => void;
  readonly onCreate: (name: string) => void;
  readonly onClose: () => void;
  readonly style?: CSSProperties;
}

type Option = PickerOption<Code>;

/**
 * The quick code picker: type to filter (Persian-aware), Enter to apply, "Create “…”" for a
 * new code, 1–9 for the recent codes, Escape to close. A combobox over a listbox.
 */
export function CodePicker({ codes, recent, onPick, onCreate, onClose, style }: CodePickerProps) {
  const { t, n, locale } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  // Every code this picker has listed: one that disappears was deleted in another window.
  const [seen, setSeen] = useState<ReadonlyMap<string, Code>>(
    () => new Map(codes.map((c) => [c.id, c])),
  );
  if (codes.some((c) => seen.get(c.id) !== c)) {
    setSeen(new Map([...seen, ...codes.map((c) => [c.id, c] as const)]));
  }
  const vanished = useMemo(() => vanishedCodes(seen, codes), [seen, codes]);

  const recentCodes = useMemo(
    () => recent.map((r) => codes.find((c) => c.id === r)).filter((c): c is Code => !!c),
    [codes, recent],
  );
  const { options, blocked } = useMemo(
    () => pickerOptions(codes, query, recent, vanished),
    [codes, query, recent, vanished],
  );
  const gone = blocked ?? vanished[vanished.length - 1];
  const { current, setActive, ...keys } = useListboxKeys({
    count: options.length,
    onEnter: (i) => choose(options[i]),
    onEscape: onClose,
  });

  function choose(o: Option | undefined) {
    if (!o) return;
    if (o.kind === 'code') onPick(o.code.id);
    else onCreate(o.name);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (keys.onKeyDown(e)) return;
    if (query === '' && /^[1-9۱-۹]$/.test(e.key)) {
      // Digits pick a recent code only when nothing is typed: code names may hold digits.
      const code = recentCodes[Number(toLatinDigits(e.key)) - 1];
      if (code) {
        e.preventDefault();
        // A recent code deleted in another window renumbers the list under the researcher's
        // fingers: digits pick nothing until the picker is opened again.
        if (!vanished.some((v) => recent.includes(v.id as CodeId))) onPick(code.id);
      }
    }
  }

  const recentIndex = new Map(recentCodes.slice(0, 9).map((c, i) => [c.id, i + 1]));
  return (
    <div className="code-picker" role="dialog" aria-label={t('picker.title')} style={style}>
      <ComboboxInput
        label={t('picker.filter')}
        listId={`${id}-list`}
        activeId={options.length ? `${id}-o${current}` : undefined}
        value={query}
        autoFocus
        onChange={(q) => {
          setQuery(q);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlurOutside={onClose}
      />
      {gone && (
        <p role="alert" className="picker-alert" dir="auto">
          {t('picker.deletedElsewhere', { name: gone.name })}
        </p>
      )}
      <ul id={`${id}-list`} role="listbox" aria-label={t('picker.list')}>
        {options.map((o, i) => {
          const num = o.kind === 'code' && query === '' ? recentIndex.get(o.code.id) : undefined;
          return (
            <li
              key={o.kind === 'code' ? o.code.id : `create-${o.persian ? 'fa-' : ''}${o.name}`}
              id={`${id}-o${i}`}
              role="option"
              aria-selected={i === current}
              tabIndex={-1}
              className={o.kind === 'create' ? 'create' : undefined}
              // Only a moving pointer picks an option (options slide under a resting one).
              onMouseMove={(e) => {
                if (pointerTakesHighlight(e, i, current)) setActive(i);
              }}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(o)}
            >
              {o.kind === 'code' ? (
                <>
                  <span className="swatch" style={{ background: o.code.color }} aria-hidden />
                  <span className="name" dir="auto" lang={langAttr(o.code.name, locale)}>
                    {o.code.name}
                  </span>
                  {num !== undefined && <kbd aria-hidden>{n(num)}</kbd>}
                </>
              ) : (
                <span className="name" dir="auto">
                  {o.persian
                    ? t('letters.createPersian', { name: o.name })
                    : t('picker.create', { name: o.name })}
                </span>
              )}
            </li>
          );
        })}
        {options.length === 0 && <li className="empty">{t('picker.empty')}</li>}
      </ul>
      <p className="hint">{t('picker.hint')}</p>
    </div>
  );
}
