import { useEffect, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import type { Direction } from '../../../shared/model';
import { useI18n } from '../../hooks/use-i18n';

export const DIRECTIONS: readonly Direction[] = ['rtl', 'ltr', 'auto'];

interface DirectionMenuProps {
  readonly title: string;
  readonly current: Direction;
  readonly style: CSSProperties;
  readonly onPick: (d: Direction) => void;
  readonly onClose: () => void;
}

/** The text-direction menu of one document: three radio items, arrows move, Escape closes. */
export function DirectionMenu({ title, current, style, onPick, onClose }: DirectionMenuProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[aria-checked="true"]')?.focus();
  }, []);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitemradio"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      items[(at + step + items.length) % items.length]?.focus();
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  }

  return (
    <div
      ref={ref}
      className="direction-menu"
      role="menu"
      aria-label={t('documents.dirOf', { title })}
      style={style}
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onClose();
      }}
    >
      {DIRECTIONS.map((d) => (
        <button
          key={d}
          type="button"
          role="menuitemradio"
          aria-checked={d === current}
          tabIndex={d === current ? 0 : -1}
          onClick={() => onPick(d)}
        >
          <span className="check" aria-hidden>
            {d === current ? '✓' : ''}
          </span>
          {t(`documents.dir.${d}`)}
        </button>
      ))}
    </div>
  );
}
