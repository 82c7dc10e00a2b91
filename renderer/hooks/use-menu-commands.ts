import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../shared/ipc';
import { getPlatform } from '../platform/bridge';
import { useI18n } from './use-i18n';
import { useStoreStatus } from './use-project-store';
import { useWorkspace } from './use-workspace';
import { windowTitle } from '../../shared/text/bidi';
import { undoAndSay } from './use-undo-shortcuts';

/** Views that want a menu command (e.g. "Import documents…") listen for this DOM event. */
export const MENU_EVENT = 'mazmun:menu';

function isEditable(el: Element | null): boolean {
  return (
    el instanceof HTMLInputElement ||
    el instanceof HTMLTextAreaElement ||
    (el instanceof HTMLElement && el.isContentEditable)
  );
}

/**
 * Carries out the native menu's commands (desktop only; the browser has no native menu).
 * Undo/Redo go to the focused text field when there is one, as in every editor, and to the
 * project's undo stack otherwise.
 */
export function useMenuCommands(onAbout: () => void): void {
  const workspace = useWorkspace();
  const status = useStoreStatus();
  const { locale, setLocale, t, n } = useI18n();
  // The listener is installed once; it reads the latest values through this ref.
  const latest = useRef({ workspace, status, locale, setLocale, onAbout, t, n });
  useEffect(() => {
    latest.current = { workspace, status, locale, setLocale, onAbout, t, n };
  });

  useEffect(() => {
    const platform = getPlatform();
    return platform.onMenuCommand((command: MenuCommand) => {
      const {
        workspace: ws,
        status: st,
        locale: lc,
        setLocale: set,
        onAbout: about,
        t: translate,
        n: digits,
      } = latest.current;
      const store = st.kind === 'ready' ? st.store : null;
      switch (command) {
        case 'undo':
        case 'redo':
          if (isEditable(document.activeElement)) document.execCommand(command);
          // The same path as the shortcut: said in the live region, focus kept.
          else if (store) void undoAndSay(store, command, translate, digits);
          return;
        case 'open-sample':
          void ws.openSample();
          return;
        case 'new-project':
          ws.setView('projects');
          requestAnimationFrame(() => document.getElementById('new-project-name')?.focus());
          return;
        case 'import-documents':
          if (ws.projectId) ws.setView('documents');
          break;
        case 'open-project-file':
        case 'export':
          ws.setView('exchange');
          break;
        case 'about':
          about();
          return;
        case 'toggle-locale':
          set(lc === 'fa' ? 'en' : 'fa');
          return;
      }
      // Let the view that is now shown act on it (e.g. open the file picker).
      requestAnimationFrame(() =>
        window.dispatchEvent(new CustomEvent(MENU_EVENT, { detail: command })),
      );
    });
  }, []);
}

/** Keeps the window title on the open project's name. */
export function useWindowTitle(projectName: string | null, appName: string): void {
  useEffect(() => {
    // The name isolated (shared/text/bidi.ts): a U+202E in it cannot reorder the app's name.
    const title = windowTitle(projectName, appName);
    document.title = title;
    void getPlatform().setTitle(title);
  }, [projectName, appName]);
}
