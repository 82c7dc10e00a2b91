import { useEffect } from 'react';
import { useStoreStatus } from './use-project-store';

/** True for targets where Ctrl+Z belongs to the text field, not to the project. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  // A check box or radio has no text undo of its own: Ctrl+Z there is the project's.
  const box = target instanceof HTMLInputElement && ['checkbox', 'radio'].includes(target.type);
  return (
    (tag === 'INPUT' && !box) || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable
  );
}

/**
 * Ctrl/Cmd+Z undoes the last project command, Ctrl/Cmd+Shift+Z and Ctrl+Y redo it, anywhere in
 * the app except while typing in a field (where the browser's own text undo applies).
 */
export function useUndoShortcuts(): void {
  const status = useStoreStatus();
  const store = status.kind === 'ready' ? status.store : null;

  useEffect(() => {
    if (!store) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTyping(e.target)) return;
      const k = e.key.toLowerCase();
      // e.code keeps the shortcut working on a Persian keyboard layout, where e.key is 'ظ'.
      const z = k === 'z' || e.code === 'KeyZ';
      const y = k === 'y' || e.code === 'KeyY';
      if (z && !e.shiftKey) {
        e.preventDefault();
        void store.undo();
      } else if ((z && e.shiftKey) || (y && !e.shiftKey && !e.metaKey)) {
        e.preventDefault();
        void store.redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
