import { afterEach, describe, expect, it } from 'vitest';
import type { ProjectId } from '../../shared/model/ids';
import { checkServerUrl } from './sharing';
import { syncFailure } from './sync-engine';
import { loadSyncConfig, loadSyncSettings, rememberPassword, saveSyncConfig } from './sync-config';

const items = new Map<string, string>();
globalThis.localStorage ??= {
  getItem: (k: string) => items.get(k) ?? null,
  setItem: (k: string, v: string) => void items.set(k, v),
  removeItem: (k: string) => void items.delete(k),
} as Storage;

const config = { url: 'http://127.0.0.1:5984', db: 'mazmun-p', user: 'alice', password: 's3cret' };

describe('sync settings in the web build', () => {
  it('never write the password to storage; it lasts for the session only', async () => {
    const id = 'p1' as ProjectId;
    expect((await saveSyncConfig(id, config)).ok).toBe(true);
    expect(globalThis.localStorage.getItem(`mazmun.sync.${id}`)).not.toContain('s3cret');
    expect(await loadSyncConfig(id)).toEqual(config);
  });

  it('take the password out of a setting an earlier version stored, and ask after a restart', async () => {
    const id = 'p2' as ProjectId;
    globalThis.localStorage.setItem(`mazmun.sync.${id}`, JSON.stringify(config));
    expect((await loadSyncSettings(id))?.password).toBe('s3cret');
    expect(globalThis.localStorage.getItem(`mazmun.sync.${id}`)).not.toContain('s3cret');
    const other = 'p3' as ProjectId;
    globalThis.localStorage.setItem(
      `mazmun.sync.${other}`,
      JSON.stringify({ ...config, password: undefined }),
    );
    expect(await loadSyncConfig(other)).toBeNull();
    rememberPassword(other, 'typed');
    expect((await loadSyncConfig(other))?.password).toBe('typed');
  });
});

describe('sync settings on the desktop', () => {
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
  });
  it('are refused when the system has no keychain (nothing stored in clear)', async () => {
    (globalThis as { window?: unknown }).window = {
      mazmun: { invoke: async () => ({ ok: true, data: { stored: false } }) },
    };
    const r = await saveSyncConfig('p4' as ProjectId, config);
    expect(r.ok ? null : r.error?.code).toBe('sync.noKeychain');
  });
});

describe('checkServerUrl', () => {
  it.each([
    ['https://sync.example.org/', true],
    ['http://127.0.0.1:5984', true],
    ['http://localhost:5984', true],
    ['http://[::1]:5984', false],
    ['http://192.168.1.20:5984', false],
    ['http://sync.example.org', false],
    ['ftp://127.0.0.1', false],
  ])('%s → allowed %s', (url, allowed) => expect(checkServerUrl(url).ok).toBe(allowed));
  it('names plain http to another host as insecure', () => {
    const r = checkServerUrl('http://10.0.0.5:5984');
    expect(r.ok ? null : r.error?.code).toBe('sync.insecureUrl');
  });
});

describe('syncFailure', () => {
  it('maps status codes to sync refusals; the server words only as a parameter', () => {
    expect(
      syncFailure({ status: 401, reason: 'Name or password is incorrect.' }, 'bob').error?.code,
    ).toBe('sync.signIn');
    expect(syncFailure({ status: 403 }, 'bob').error?.code).toBe('sync.notMember');
    const down = syncFailure(new TypeError('Failed to fetch'), 'bob');
    expect(down.error?.code).toBe('sync.serverTrouble');
    expect(down.error?.params).toEqual({ detail: 'Failed to fetch' });
  });
});
