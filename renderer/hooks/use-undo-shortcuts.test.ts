import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../i18n/catalog';
import { formatNumber } from '../i18n/locales';
import { COMMAND_KINDS } from '../../shared/store/undo-stack';
import { commandText, undoAnnouncement, undoKey } from './use-undo-shortcuts';

const key = (
  k: string,
  mods: Partial<Record<'ctrl' | 'meta' | 'alt' | 'shift', boolean>> = {},
) => ({
  key: k,
  code: /^[a-z]$/i.test(k) ? `Key${k.toUpperCase()}` : '',
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  altKey: !!mods.alt,
  shiftKey: !!mods.shift,
});

describe('undoKey', () => {
  it('reads Ctrl+Z as undo and Ctrl+Shift+Z or Ctrl+Y as redo', () => {
    expect(undoKey(key('z', { ctrl: true }))).toBe('undo');
    expect(undoKey(key('Z', { ctrl: true, shift: true }))).toBe('redo');
    expect(undoKey(key('y', { ctrl: true }))).toBe('redo');
    expect(undoKey(key('z', { meta: true }))).toBe('undo');
  });

  it('reads the Z key on a Persian layout (e.key is ظ) by its code', () => {
    expect(undoKey({ ...key('z', { ctrl: true }), key: 'ظ' })).toBe('undo');
  });

  it('leaves other keys and Alt combinations alone', () => {
    expect(undoKey(key('z'))).toBeNull();
    expect(undoKey(key('z', { ctrl: true, alt: true }))).toBeNull();
    expect(undoKey(key('x', { ctrl: true }))).toBeNull();
    expect(undoKey(key('y', { meta: true }))).toBeNull();
  });
});

describe('undoAnnouncement', () => {
  const t =
    (locale: 'en' | 'fa') => (k: MessageKey, p?: Readonly<Record<string, string | number>>) =>
      translate(locale, k, p);
  const iso = (s: string) => `\u2068${s}\u2069`;

  it('says what was undone or redone, with the command and its subject', () => {
    const label = { kind: 'rename-document', subject: 'Interview 3' } as const;
    expect(undoAnnouncement(t('en'), 'undo', label)).toBe(
      `Undone: rename document “${iso('Interview 3')}”`,
    );
    expect(undoAnnouncement(t('en'), 'redo', label)).toBe(
      `Redone: rename document “${iso('Interview 3')}”`,
    );
  });

  it('says it in Persian to a Persian user, the Latin subject isolated', () => {
    const label = { kind: 'remove-coding', subject: 'Trade' } as const;
    expect(undoAnnouncement(t('fa'), 'undo', label)).toBe(
      `واگرد شد: برداشتن کدگذاری «${iso('Trade')}»`,
    );
    expect(undoAnnouncement(t('fa'), 'redo', { kind: 'merge-codes', subject: 'الف' })).toBe(
      `ازنو انجام شد: ادغام کدها «${iso('الف')}»`,
    );
  });

  it('has no Latin word in any Persian announcement of a Persian subject', () => {
    for (const kind of COMMAND_KINDS) {
      const said = undoAnnouncement(t('fa'), 'undo', { kind, subject: 'تجارت' });
      expect(said, kind).not.toMatch(/[A-Za-z]/);
      expect(said, kind).toContain('تجارت');
    }
  });

  it('leaves out the quotes and the space when the command has no subject', () => {
    const label = { kind: 'delete-memo', subject: '' } as const;
    expect(undoAnnouncement(t('en'), 'undo', label)).toBe('Undone: delete memo');
    expect(commandText(t('fa'), label)).toBe('حذف یادداشت');
  });

  it('says a count of documents or cases in the interface digits, never a Latin "12"', () => {
    const fa = (v: number) => formatNumber('fa', v);
    const label = { kind: 'import-cases', subject: '', count: 12 } as const;
    expect(undoAnnouncement(t('fa'), 'undo', label, fa)).toBe('واگرد شد: ورود موردها (۱۲ عدد)');
    expect(undoAnnouncement(t('en'), 'undo', label)).toBe('Undone: import cases (12 items)');
  });

  it('names both codes of a merge, each isolated: no arrow to point the wrong way in RTL', () => {
    const label = { kind: 'merge-codes', subject: 'الف', target: 'Trade' } as const;
    const said = undoAnnouncement(t('fa'), 'undo', label);
    expect(said).toBe(`واگرد شد: ادغام کد «${iso('الف')}» در «${iso('Trade')}»`);
    expect(said).not.toContain('→');
    expect(commandText(t('en'), label)).toBe(`merge code “${iso('الف')}” into “${iso('Trade')}”`);
  });
});
