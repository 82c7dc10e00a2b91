import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../shared/ipc';
import { MENU_LABELS, buildMenuTemplate, labelsForLocale } from './menu';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? items(i.submenu) : [])]);
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Help and sends every menu command', () => {
    const send = vi.fn<(c: MenuCommand) => void>();
    const t = buildMenuTemplate({ labels: MENU_LABELS.en, isMac: false, isDev: false, send });
    expect(t.map((i) => i.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    for (const item of items(t)) if (item.click) click(item);
    expect(new Set(send.mock.calls.map((c) => c[0]))).toEqual(new Set(MENU_COMMANDS));
  });
  it('keeps standard editing roles and hides developer items from users', () => {
    const send = vi.fn();
    const roles = (isDev: boolean) =>
      items(buildMenuTemplate({ labels: MENU_LABELS.en, isMac: false, isDev, send })).map(
        (i) => i.role,
      );
    expect(roles(false)).toEqual(
      expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'quit']),
    );
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });
  it('puts Quit in the app menu on macOS', () => {
    const t = buildMenuTemplate({
      labels: MENU_LABELS.en,
      isMac: true,
      isDev: false,
      send: vi.fn(),
    });
    expect(t[0]?.role).toBe('appMenu');
    const file = t.find((i) => i.label === '&File');
    expect(items([file as MenuItemConstructorOptions]).some((i) => i.role === 'quit')).toBe(false);
  });
});

describe('labelsForLocale', () => {
  it('speaks Persian to Persian systems', () => {
    expect(labelsForLocale('fa-IR')).toBe(MENU_LABELS.fa);
    expect(labelsForLocale('fa')).toBe(MENU_LABELS.fa);
    expect(labelsForLocale('en-US')).toBe(MENU_LABELS.en);
  });
});
