import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InvokeChannel, MazmunBridge, MenuCommand } from '../../shared/ipc';
import { createDesktopPlatform } from './bridge';

function fakeBridge(replies: Partial<Record<InvokeChannel, unknown>>) {
  const calls: [string, unknown][] = [];
  let menu: ((c: MenuCommand) => void) | undefined;
  const bridge = {
    invoke: vi.fn(async (channel: InvokeChannel, args?: unknown) => {
      calls.push([channel, args]);
      return replies[channel] ?? { ok: false, reason: 'no reply' };
    }),
    onMenuCommand: (l: (c: MenuCommand) => void) => {
      menu = l;
      return () => (menu = undefined);
    },
  } as unknown as MazmunBridge;
  return { bridge, calls, fire: (c: MenuCommand) => menu?.(c) };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('createDesktopPlatform', () => {
  it('maps every call to its channel with the right arguments', async () => {
    const bytes = new Uint8Array([7]);
    const f = fakeBridge({
      'dialog:openFiles': {
        ok: true,
        data: { canceled: false, files: [{ name: 'a.txt', bytes }], skipped: [] },
      },
      'dialog:saveFile': { ok: true, data: { canceled: false, path: '/x/a.csv' } },
      'shell:openExternal': { ok: true, data: { opened: true } },
      'backup:write': { ok: true, data: { name: 'n', bytes: 2, pruned: [] } },
      'backup:read': { ok: true, data: { json: '{}' } },
      'window:setTitle': { ok: true, data: null },
    });
    const p = createDesktopPlatform(f.bridge);
    expect(p.isDesktop).toBe(true);
    const filters = [{ name: 'Text', extensions: ['txt'] }];
    expect(await p.openFiles(filters)).toEqual({
      ok: true,
      data: { canceled: false, files: [{ name: 'a.txt', bytes }], skipped: [] },
    });
    expect(await p.saveFile('a.csv', 'x,y', filters)).toEqual({
      ok: true,
      data: { canceled: false, path: '/x/a.csv' },
    });
    expect(await p.openExternal('https://example.org')).toBe(true);
    await p.setTitle('T');
    expect(await p.backups.write('p1', '{}')).toMatchObject({ ok: true });
    expect(await p.backups.read('n')).toEqual({ ok: true, data: '{}' });
    expect(await p.backups.list(null)).toEqual({ ok: false, reason: 'no reply' });
    expect(f.calls).toEqual([
      ['dialog:openFiles', { filters, multiple: true }],
      ['dialog:saveFile', { suggestedName: 'a.csv', data: 'x,y', filters }],
      ['shell:openExternal', { url: 'https://example.org' }],
      ['window:setTitle', { title: 'T' }],
      ['backup:write', { projectId: 'p1', json: '{}', keep: 10 }],
      ['backup:read', { name: 'n' }],
      ['backup:list', { projectId: null }],
    ]);
  });
  it('reports a refused openExternal as false and a failed getInfo as an error', async () => {
    const p = createDesktopPlatform(fakeBridge({}).bridge);
    expect(await p.openExternal('https://example.org')).toBe(false);
    await expect(p.getInfo()).rejects.toThrow('no reply');
  });
  it('asks the main process for free space, null when it cannot tell or refuses', async () => {
    const f = fakeBridge({ 'storage:freeSpace': { ok: true, data: { freeBytes: 4096 } } });
    expect(await createDesktopPlatform(f.bridge).freeSpace()).toBe(4096);
    expect(f.calls).toEqual([['storage:freeSpace', undefined]]);
    expect(await createDesktopPlatform(fakeBridge({}).bridge).freeSpace()).toBeNull();
  });
  it('passes menu commands through and unsubscribes', () => {
    const f = fakeBridge({});
    const got: MenuCommand[] = [];
    const off = createDesktopPlatform(f.bridge).onMenuCommand((c) => got.push(c));
    f.fire('export');
    off();
    f.fire('undo');
    expect(got).toEqual(['export']);
  });
});

describe('getPlatform', () => {
  it('is the desktop platform when the preload exposed window.mazmun', async () => {
    vi.stubGlobal('window', { mazmun: fakeBridge({}).bridge });
    const { getPlatform } = await import('./bridge');
    expect(getPlatform().isDesktop).toBe(true);
    expect(getPlatform()).toBe(getPlatform());
  });
  it('falls back to the browser platform without it', async () => {
    vi.stubGlobal('window', {});
    const { getPlatform } = await import('./bridge');
    expect(getPlatform().isDesktop).toBe(false);
  });
});
