import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MazmunBridge, MenuCommand } from '../shared/ipc';

const exposed = new Map<string, unknown>();
const listeners = new Map<string, Set<(...a: unknown[]) => void>>();
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, data: null }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke,
    on: (ch: string, l: (...a: unknown[]) => void) => {
      if (!listeners.has(ch)) listeners.set(ch, new Set());
      listeners.get(ch)?.add(l);
    },
    removeListener: (ch: string, l: (...a: unknown[]) => void) => listeners.get(ch)?.delete(l),
  },
}));

function emit(channel: string, payload: unknown): void {
  for (const l of listeners.get(channel) ?? []) l({ sender: 'secret' }, payload);
}

let bridge: MazmunBridge;
beforeEach(async () => {
  await import('./preload');
  bridge = exposed.get('mazmun') as MazmunBridge;
});

describe('preload', () => {
  it('exposes exactly one object with two functions', () => {
    expect([...exposed.keys()]).toEqual(['mazmun']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onMenuCommand']);
  });
  it('forwards known channels with one argument and refuses unknown ones', async () => {
    await bridge.invoke('window:setTitle', { title: 'x' });
    expect(invoke).toHaveBeenLastCalledWith('window:setTitle', { title: 'x' });
    const r = await (bridge.invoke as (c: string, a?: unknown) => Promise<unknown>)(
      'fs:read',
      '/etc/passwd',
    );
    expect(r).toEqual({
      ok: false,
      reason: 'unknown channel fs:read',
      error: { code: 'ipc.unknownChannel', params: { channel: 'fs:read' } },
    });
    expect(invoke).toHaveBeenCalledTimes(1);
  });
  it('delivers only valid menu commands, never the IPC event, and unsubscribes', () => {
    const got: unknown[][] = [];
    const off = bridge.onMenuCommand((...args: unknown[]) => got.push(args));
    emit('menu:command', 'undo');
    emit('menu:command', 'format-disk');
    emit('menu:command', { command: 'undo' });
    expect(got).toEqual([['undo' satisfies MenuCommand]]);
    off();
    emit('menu:command', 'redo');
    expect(got).toHaveLength(1);
    expect(listeners.get('menu:command')?.size).toBe(0);
  });
});
