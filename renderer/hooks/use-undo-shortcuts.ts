import { useEffect } from 'react';
import { announce } from '../app/LiveAnnouncer';
import type { Result } from '../../shared/model/snapshot';
import type { CommandLabel } from '../../shared/store/undo-stack';
import { isolateBidi } from '../../shared/text/bidi';
import type { MessageKey } from '../i18n/catalog';
import { useI18n } from './use-i18n';
import { useStoreStatus } from './use-project-store';
import { rememberFocus } from './use-undo-shortcuts-focus';

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

/** Undo or redo for a key press, or null: Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl+Y. */
export function undoKey(e: {
  readonly key: string;
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const k = e.key.toLowerCase();
  // e.code keeps the shortcut working on a Persian keyboard layout, where e.key is 'ظ'.
  const z = k === 'z' || e.code === 'KeyZ';
  const y = k === 'y' || e.code === 'KeyY';
  if (z && !e.shiftKey) return 'undo';
  if ((z && e.shiftKey) || (y && !e.shiftKey && !e.metaKey)) return 'redo';
  return null;
}

/**
 * What a command did, in the interface's language: "delete code “Trade”", «حذف کد «تجارت»».
 * The subject is bidi-isolated (a Latin name stays whole inside Persian, and the other way round).
 */
export function commandText(t: Translate, label: CommandLabel, n: Digits = String): string {
  const quoted = (name: string) => t('undo.subject', { name: isolateBidi(name) });
  if (label.kind === 'merge-codes' && label.target !== undefined) {
    return t('undo.mergeInto', { subject: quoted(label.subject), target: quoted(label.target) });
  }
  const subject = label.subject
    ? quoted(label.subject)
    : label.count !== undefined
      ? t('undo.count', { count: n(label.count) })
      : '';
  // `{subject}` stands last in every message: with no subject only a trailing space is left.
  return t(`undo.cmd.${label.kind}`, { subject }).trimEnd();
}

/** The interface's digits for a count (useI18n's `n`); Latin by default. */
type Digits = (value: number) => string;

/** What the live region says after an undo or redo: the transcript's words for it. */
export function undoAnnouncement(
  t: Translate,
  kind: 'undo' | 'redo',
  label: CommandLabel,
  n: Digits = String,
): string {
  return t(kind === 'undo' ? 'live.undone' : 'live.redone', { label: commandText(t, label, n) });
}

interface UndoableStore {
  undo(): Promise<Result<CommandLabel>>;
  redo(): Promise<Result<CommandLabel>>;
}

type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

/**
 * Undoes or redoes one project command, says what in the live region and keeps the focus where
 * the user was (or near it, when that element went with the command). For any caller that is
 * not a view with focus targets of its own: the shortcut below, the desktop menu.
 */
export async function undoAndSay(
  store: UndoableStore,
  kind: 'undo' | 'redo',
  t: Translate,
  n: Digits = String,
): Promise<void> {
  const focus = rememberFocus(document);
  const r = kind === 'undo' ? await store.undo() : await store.redo();
  // A refusal is shown by the app-wide UndoRefusalBanner.
  if (!r.ok) return;
  announce(undoAnnouncement(t, kind, r.data, n));
  // After React has drawn the undone state: two frames (commit, then layout).
  requestAnimationFrame(() => requestAnimationFrame(() => focus.restore()));
}

/**
 * Ctrl/Cmd+Z undoes the last project command, Ctrl/Cmd+Shift+Z and Ctrl+Y redo it, anywhere in
 * the app except while typing in a field (where the browser's own text undo applies). What was
 * undone is said in the live region, and the focus stays where the user was — or, when that
 * element went with the undone command, near it — never on <body>. (The transcript and the
 * codebook take the keys first, for focus targets of their own.)
 */
export function useUndoShortcuts(): void {
  const status = useStoreStatus();
  const store: UndoableStore | null = status.kind === 'ready' ? status.store : null;
  const { t, n } = useI18n();

  useEffect(() => {
    if (!store) return;
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target)) return;
      const kind = undoKey(e);
      if (!kind) return;
      e.preventDefault();
      void undoAndSay(store, kind, t, n);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, t, n]);
}
