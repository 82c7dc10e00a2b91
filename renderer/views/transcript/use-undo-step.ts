import { useCallback, type KeyboardEvent } from 'react';
import { announce } from '../../app/LiveAnnouncer';
import { useI18n } from '../../hooks/use-i18n';
import { useProjectStore } from '../../hooks/use-project-store';
import { undoAnnouncement, undoKey } from '../../hooks/use-undo-shortcuts';

/**
 * Undo and redo in the transcript, by button or Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y: what was undone
 * is said in the live region, and the focus stays on something — the text — when the button
 * pressed goes disabled under it (nothing left to undo) instead of dropping to <body>.
 */
export function useUndoStep() {
  const { t, n } = useI18n();
  const store = useProjectStore();

  const step = useCallback(
    async (kind: 'undo' | 'redo', button: HTMLElement | null) => {
      const r = kind === 'undo' ? await store.undo() : await store.redo();
      if (!r.ok) return;
      // The same words as the app-wide shortcut's (use-undo-shortcuts).
      announce(undoAnnouncement(t, kind, r.data, n));
      requestAnimationFrame(() => {
        const active = document.activeElement;
        if (button?.matches(':disabled') || !active || active === document.body)
          document
            .querySelector<HTMLElement>('.transcript-scroller')
            ?.focus({ preventScroll: true });
      });
    },
    [store, t, n],
  );

  /** The keyboard shortcuts, taken here (not by the app-wide ones) so they can be said. */
  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      const el = e.target as HTMLElement;
      if (el.closest('input:not([type="checkbox"]):not([type="radio"]), textarea, select')) return;
      const kind = undoKey(e);
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
