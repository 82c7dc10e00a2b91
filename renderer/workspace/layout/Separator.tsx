import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useI18n } from '../../hooks/use-i18n';
import { BOUNDS, keyStep, type Dimension, type WorkspaceLayout } from './layout-model';

interface SeparatorProps {
  readonly dimension: Dimension;
  readonly layout: WorkspaceLayout;
  readonly label: string;
  /** 'vertical': a bar between columns (moves along the inline axis); 'horizontal': between rows. */
  readonly orientation: 'vertical' | 'horizontal';
  /** The value for a pointer moved by (dx, dy) pixels from where the drag started at `start`. */
  readonly fromPointer: (start: number, dx: number, dy: number) => number;
  readonly onChange: (value: number) => void;
}

/**
 * A window splitter (WAI-ARIA): focusable, arrows and Page Up/Down resize, Home/End go to the
 * bounds; the pointer drags it. The value is the size of the pane it belongs to.
 */
export function Separator({
  dimension,
  layout,
  label,
  orientation,
  fromPointer,
  onChange,
}: SeparatorProps) {
  const { dir, n } = useI18n();
  const drag = useRef<{ x: number; y: number; start: number } | null>(null);
  const value = layout[dimension];
  // The side column grows away from the inline start; a lower pane grows upwards.
  const grows =
    orientation === 'vertical' ? [dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight'] : ['ArrowUp'];
  const shrinks =
    orientation === 'vertical' ? [dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft'] : ['ArrowDown'];

  function onKeyDown(e: KeyboardEvent) {
    const next = keyStep(layout, dimension, e.key, grows, shrinks);
    if (next === null) return;
    e.preventDefault();
    onChange(next);
  }
  function onPointerDown(e: PointerEvent<HTMLDivElement>) {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, y: e.clientY, start: value };
  }
  function onPointerMove(e: PointerEvent) {
    const d = drag.current;
    if (d) onChange(fromPointer(d.start, e.clientX - d.x, e.clientY - d.y));
  }
  const end = () => {
    drag.current = null;
  };
  const unit = dimension === 'sideWidth' ? 'px' : '%';

  return (
    <div
      role="separator"
      tabIndex={0}
      className={`ws-separator ws-separator-${orientation}`}
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={value}
      aria-valuemin={BOUNDS[dimension].min}
      aria-valuemax={BOUNDS[dimension].max}
      aria-valuetext={`${n(value)}${unit === '%' ? (dir === 'rtl' ? '٪' : '%') : ' px'}`}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={end}
      onPointerCancel={end}
    />
  );
}
