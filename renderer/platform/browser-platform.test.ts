import { describe, expect, it, vi } from 'vitest';
import { createBrowserPlatform } from './browser-platform';

const urls = { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined };

describe('createBrowserPlatform', () => {
  it('opens only http(s) links, in a new tab without an opener', async () => {
    const open = vi.fn();
    const p = createBrowserPlatform({ URL: urls, open });
    expect(p.isDesktop).toBe(false);
    expect(await p.openExternal('https://example.org/')).toBe(true);
    expect(await p.openExternal('javascript:alert(1)')).toBe(false);
    expect(open.mock.calls).toEqual([['https://example.org/', '_blank', 'noopener,noreferrer']]);
  });
  it('says plainly when there is no page or storage', async () => {
    const p = createBrowserPlatform({ URL: urls });
    expect(await p.openFiles([])).toEqual({
      ok: false,
      reason: 'there is no page to show a file picker on',
      error: { code: 'app.noFilePicker', params: {} },
    });
    expect(await p.backups.write('p', '{}')).toMatchObject({
      reason: 'this browser offers no storage for backups',
      error: { code: 'app.noBackupStorage' },
    });
    expect(await p.backups.list(null)).toEqual({ ok: true, data: [] });
    expect((await p.getInfo()).platform).toBe('web');
    const off = p.onMenuCommand(() => undefined);
    expect(off()).toBeUndefined();
  });
  it('takes free space from the storage estimate, null when there is none', async () => {
    const storage = { estimate: async () => ({ quota: 5_000, usage: 1_200 }) };
    const navigator = { language: 'fa', userAgent: 'x', storage };
    expect(await createBrowserPlatform({ URL: urls, navigator }).freeSpace()).toBe(3_800);
    expect(await createBrowserPlatform({ URL: urls }).freeSpace()).toBeNull();
  });
  it('sets the page title', async () => {
    const document = { title: '' } as Document;
    await createBrowserPlatform({ URL: urls, document }).setTitle('مضمون');
    expect(document.title).toBe('مضمون');
  });
});
