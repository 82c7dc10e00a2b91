import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, LIMITS } from '../shared/ipc';
import { createHandlers, dispatch, registerIpcHandlers, type HandlerDeps } from './ipc-handlers';

const trusted = () => true;
const untrusted = () => false;
const event = { sender: { id: 1 } };
let dir = '';

function deps(overrides: Partial<HandlerDeps> = {}): HandlerDeps {
  return {
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    showSaveDialog: vi.fn(async () => ({ canceled: true })),
    fileSize: vi.fn(async () => 3),
    readFile: vi.fn(async () => new Uint8Array([1, 2, 3])),
    writeFile: vi.fn(async () => undefined),
    openExternal: vi.fn(async () => undefined),
    setTitle: vi.fn(),
    printToPdf: vi.fn(async () => new Uint8Array([0x25, 0x50, 0x44, 0x46])),
    appInfo: () => ({
      name: 'Mazmun',
      version: '0.1.0',
      platform: 'linux',
      arch: 'x64',
      electron: '41.7.1',
      chrome: '146',
      locale: 'fa',
      isPackaged: false,
    }),
    documentsDir: () => '/home/u/Documents',
    backupsDir: () => dir,
    now: () => new Date(Date.UTC(2025, 0, 1)),
    ...overrides,
  };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mazmun-ipc-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('dispatch', () => {
  it('refuses untrusted senders before looking at arguments', async () => {
    const d = deps();
    const r = await dispatch(
      'shell:openExternal',
      event,
      { url: 'https://example.org' },
      createHandlers(d),
      untrusted,
    );
    expect(r).toEqual({
      ok: false,
      reason: 'shell:openExternal: refused, the request did not come from Mazmun',
      error: { code: 'electron.untrusted', params: { channel: 'shell:openExternal' } },
    });
    expect(d.openExternal).not.toHaveBeenCalled();
  });
  it('refuses malformed arguments on every channel without calling Electron', async () => {
    const d = deps();
    const h = createHandlers(d);
    for (const channel of INVOKE_CHANNELS) {
      const r = await dispatch(
        channel,
        event,
        { bogus: true, url: 'file:///etc/passwd' },
        h,
        trusted,
      );
      expect(r.ok, channel).toBe(false);
    }
    expect(d.showOpenDialog).not.toHaveBeenCalled();
    expect(d.showSaveDialog).not.toHaveBeenCalled();
    expect(d.openExternal).not.toHaveBeenCalled();
    expect(d.setTitle).not.toHaveBeenCalled();
  });
  it('turns a thrown error into a reason', async () => {
    const d = deps({
      showSaveDialog: async () => ({ canceled: false, filePath: '/ro/x.csv' }),
      writeFile: async () => Promise.reject(new Error('EACCES: permission denied')),
    });
    const r = await dispatch(
      'dialog:saveFile',
      event,
      { suggestedName: 'x.csv', filters: [], data: 'a' },
      createHandlers(d),
      trusted,
    );
    expect(r).toEqual({
      ok: false,
      reason: 'dialog:saveFile: EACCES: permission denied',
      error: {
        code: 'electron.handlerFailed',
        params: { channel: 'dialog:saveFile', detail: 'EACCES: permission denied' },
      },
    });
    // The error crosses IPC by structured clone: plain data, nothing lost.
    expect(structuredClone(r)).toEqual(r);
  });
});

describe('handlers', () => {
  it('opens files: reads the chosen ones, skips the too large', async () => {
    const d = deps({
      showOpenDialog: vi.fn(async () => ({
        canceled: false,
        filePaths: ['/d/a.docx', '/d/huge.txt'],
      })),
      fileSize: async (p: string) => (p.endsWith('huge.txt') ? LIMITS.maxFileBytes + 1 : 3),
    });
    const r = await dispatch(
      'dialog:openFiles',
      event,
      { filters: [{ name: 'Word', extensions: ['docx'] }], multiple: true },
      createHandlers(d),
      trusted,
    );
    expect(r).toEqual({
      ok: true,
      data: {
        canceled: false,
        files: [{ name: 'a.docx', bytes: new Uint8Array([1, 2, 3]) }],
        skipped: [{ name: 'huge.txt', reason: 'file is too large' }],
      },
    });
    expect(d.showOpenDialog).toHaveBeenCalledWith(event.sender, {
      filters: [{ name: 'Word', extensions: ['docx'] }],
      multiple: true,
    });
  });
  it('reports a canceled open dialog', async () => {
    const r = await dispatch(
      'dialog:openFiles',
      event,
      { filters: [], multiple: false },
      createHandlers(deps()),
      trusted,
    );
    expect(r).toEqual({ ok: true, data: { canceled: true } });
  });
  it('saves where the user chose, suggesting the documents folder', async () => {
    const d = deps({
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/u/out.csv' })),
    });
    const r = await dispatch(
      'dialog:saveFile',
      event,
      { suggestedName: 'codes.csv', filters: [], data: 'a,b' },
      createHandlers(d),
      trusted,
    );
    expect(r).toEqual({ ok: true, data: { canceled: false, path: '/home/u/out.csv' } });
    expect(d.showSaveDialog).toHaveBeenCalledWith(event.sender, {
      defaultPath: join('/home/u/Documents', 'codes.csv'),
      filters: [],
    });
    expect(d.writeFile).toHaveBeenCalledWith('/home/u/out.csv', 'a,b');
  });
  it('prints a report to PDF where the user chose, and refuses non-PDF names', async () => {
    const d = deps({
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/u/report.pdf' })),
    });
    const h = createHandlers(d);
    const html = '<!doctype html><p>گزارش</p>';
    const r = await dispatch(
      'report:savePdf',
      event,
      { html, suggestedName: 'report.pdf' },
      h,
      trusted,
    );
    expect(r).toEqual({ ok: true, data: { canceled: false, path: '/home/u/report.pdf' } });
    expect(d.printToPdf).toHaveBeenCalledWith(html);
    expect(d.writeFile).toHaveBeenCalledWith(
      '/home/u/report.pdf',
      new Uint8Array([0x25, 0x50, 0x44, 0x46]),
    );
    const bad = await dispatch(
      'report:savePdf',
      event,
      { html, suggestedName: 'report.exe' },
      h,
      trusted,
    );
    expect(bad.ok).toBe(false);
    const traversal = await dispatch(
      'report:savePdf',
      event,
      { html, suggestedName: '../x.pdf' },
      h,
      trusted,
    );
    expect(traversal.ok).toBe(false);
  });
  it('opens http(s) links, sets titles, gives app info', async () => {
    const d = deps();
    const h = createHandlers(d);
    expect(
      await dispatch('shell:openExternal', event, { url: 'https://example.org/' }, h, trusted),
    ).toEqual({ ok: true, data: { opened: true } });
    expect(d.openExternal).toHaveBeenCalledWith('https://example.org/');
    expect(await dispatch('window:setTitle', event, { title: 'Mazmun — x' }, h, trusted)).toEqual({
      ok: true,
      data: null,
    });
    expect(d.setTitle).toHaveBeenCalledWith(event.sender, 'Mazmun — x');
    const info = await dispatch('app:getInfo', event, undefined, h, trusted);
    expect(info.ok && info.data.version).toBe('0.1.0');
  });
  it('tells the free space of the data folder, to trusted senders only', async () => {
    const statfs = vi.fn(async () => ({ bavail: 25, bsize: 1024 }));
    const d = deps({ backupsDir: () => '/data/Mazmun/backups', statfs });
    const h = createHandlers(d);
    expect(await dispatch('storage:freeSpace', event, undefined, h, trusted)).toEqual({
      ok: true,
      data: { freeBytes: 25 * 1024 },
    });
    expect(statfs).toHaveBeenCalledWith('/data/Mazmun');
    const refused = await dispatch('storage:freeSpace', event, undefined, h, untrusted);
    expect(refused.ok).toBe(false);
    expect(statfs).toHaveBeenCalledTimes(1);
    // The real file system, through the backups folder that does not exist yet.
    const real = await dispatch(
      'storage:freeSpace',
      event,
      undefined,
      createHandlers(deps()),
      trusted,
    );
    expect(real.ok && (real.data.freeBytes ?? 0) > 0).toBe(true);
  });
  it('writes, lists and reads backups in the backups folder', async () => {
    const h = createHandlers(deps());
    const projectId = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const w = await dispatch(
      'backup:write',
      event,
      { projectId, json: '{"a":1}', keep: 2 },
      h,
      trusted,
    );
    expect(w).toEqual({
      ok: true,
      data: { name: `${projectId}--2025-01-01T00-00-00-000Z.json`, bytes: 7, pruned: [] },
    });
    const list = await dispatch('backup:list', event, { projectId }, h, trusted);
    expect(list.ok && list.data.map((e) => e.name)).toEqual([
      `${projectId}--2025-01-01T00-00-00-000Z.json`,
    ]);
    const read = await dispatch(
      'backup:read',
      event,
      { name: `${projectId}--2025-01-01T00-00-00-000Z.json` },
      h,
      trusted,
    );
    expect(read).toEqual({ ok: true, data: { json: '{"a":1}' } });
  });
});

describe('registerIpcHandlers', () => {
  it('registers every channel once, each guarded', async () => {
    const registered = new Map<string, (e: unknown, ...a: unknown[]) => unknown>();
    registerIpcHandlers(
      { handle: (c, l) => registered.set(c, l) },
      createHandlers(deps()),
      untrusted,
    );
    expect([...registered.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    const r = await registered.get('app:getInfo')?.(event);
    expect(r).toMatchObject({
      ok: false,
      reason: 'app:getInfo: refused, the request did not come from Mazmun',
      error: { code: 'electron.untrusted' },
    });
  });
});
