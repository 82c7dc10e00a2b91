import { useCallback, type KeyboardEvent } from 'react';
import { announce } from '../../app/LiveAnnouncer';
import { describeCommand } from '../../../shared/store/undo-stack';
import { useI18n } from '../../hooks/use-i18n';
import { useProjectState, useProjectStore } from '../../hooks/use-project-store';

/**
 * Undo and redo in the transcript, by button or Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y: what was undone
 * is said in the live region, and the focus stays on something — the text — when the button
 * pressed goes disabled under it (nothing left to undo) instead of dropping to <body>.
 */
export function useUndoStep() {
  const { t } = useI18n();
  const state = useProjectState();
  const store = useProjectStore();
  const { undoLabel, redoLabel } = state;

  const step = useCallback(
    async (kind: 'undo' | 'redo', button: HTMLElement | null) => {
      const label = kind === 'undo' ? undoLabel : redoLabel;
      const r = kind === 'undo' ? await store.undo() : await store.redo();
      if (r && typeof r === 'object' && 'ok' in r && !r.ok) return;
      if (label)
        announce(
          t(kind === 'undo' ? 'live.undone' : 'live.redone', { label: describeCommand(label) }),
        );
      requestAnimationFrame(() => {
        const active = document.activeElement;
        if (button?.matches(':disabled') || !active || active === document.body)
          document
            .querySelector<HTMLElement>('.transcript-scroller')
            ?.focus({ preventScroll: true });
      });
    },
    [store, t, undoLabel, redoLabel],
  );

  /** The keyboard shortcuts, taken here (not by the app-wide ones) so they can be said. */
  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const el = e.target as HTMLElement;
      if (el.closest('input:not([type="checkbox"]):not([type="radio"]), textarea, select')) return;
      const k = e.key.toLowerCase();
      // e.code: on a Persian keyboard layout e.key is 'ظ' for Z.
      const z = k === 'z' || e.code === 'KeyZ';
      const y = k === 'y' || e.code === 'KeyY';
      const kind =
        z && !e.shiftKey ? 'undo' : (z && e.shiftKey) || (y && !e.shiftKey) ? 'redo' : null;
      if (!kind) return;
      // Stopped here so the window-wide shortcut (use-undo-shortcuts) does not run it twice.
      e.preventDefault();
      e.stopPropagation();
      void step(kind, null);
    },
    [step],
  );

  return { step, onKeyDown };
}
