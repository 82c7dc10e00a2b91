import { useEffect, useRef } from 'react';
import type { HeavyProgress } from '../../../shared/worker-protocol';
import './task-progress.css';

interface TaskProgressProps {
  /** The accessible name of the bar ("Import progress"). */
  readonly label: string;
  readonly progress: HeavyProgress | null;
  /** What is happening, in words ("Writing 2,000 of 9,000 rows"). */
  readonly status: string;
  readonly cancelLabel: string;
  /** Absent when the work cannot be stopped any more. */
  readonly onCancel?: (() => void) | undefined;
  /** Where focus goes when the bar goes away while it held focus (the control that started it). */
  readonly returnFocus: () => HTMLElement | null;
}

/**
 * A progress bar with Cancel, for work done in the heavy-work worker. While it shows, Cancel is
 * one Tab away (it takes focus when the control that started the work was disabled under it);
 * when it goes, focus goes back to that control instead of being lost with the Cancel button.
 */
export function TaskProgress({
  label,
  progress,
  status,
  cancelLabel,
  onCancel,
  returnFocus,
}: TaskProgressProps) {
  const root = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const returnTo = useRef(returnFocus);
  useEffect(() => {
    returnTo.current = returnFocus;
  }, [returnFocus]);

  useEffect(() => {
    const active = document.activeElement;
    const lost =
      !active || active === document.body || (active as HTMLButtonElement).disabled === true;
    if (lost) cancel.current?.focus();
    const container = root.current;
    return () => {
      const now = document.activeElement;
      if (!now || now === document.body || (container && container.contains(now))) {
        // After the bar is gone (the next frame), the start control is enabled again.
        requestAnimationFrame(() => {
          const still = document.activeElement;
          if (!still || still === document.body) returnTo.current()?.focus();
        });
      }
    };
  }, []);

  const total = Math.max(1, progress?.total ?? 1);
  const done = Math.min(total, progress?.done ?? 0);
  const percent = Math.round((done / total) * 100);
  return (
    <div className="task-progress" ref={root}>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={status}
        className="task-progress-bar"
      >
        <div className="task-progress-fill" style={{ inlineSize: `${percent}%` }} />
      </div>
      <span className="muted task-progress-status" dir="auto">
        {status}
      </span>
      {onCancel && (
        <button type="button" className="btn small" ref={cancel} onClick={onCancel}>
          {cancelLabel}
        </button>
      )}
    </div>
  );
}
