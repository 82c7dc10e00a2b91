import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// safeStorage stand-in: "encryption" is a reversible byte shift, so a test can tell ciphertext
// from the plain password; availability is switchable.
const state = { available: true };
vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => state.available,
    encryptString: (s: string) =>
      Buffer.from([...Buffer.from(s, 'utf8')].map((b) => (b + 1) % 256)),
    decryptString: (b: Buffer) => Buffer.from([...b].map((x) => (x + 255) % 256)).toString('utf8'),
  },
}));

const { credentialStore } = await import('./credentials');

describe('credentialStore', () => {
  let file: string;
  beforeEach(() => {
    state.available = true;
    file = join(mkdtempSync(join(tmpdir(), 'mazmun-cred-')), 'sync', 'credentials.json');
  });

  it('keeps a value encrypted on disk and gives it back', async () => {
    const s = credentialStore(file);
    expect(await s.set('mazmun.sync.p1', '{"password":"geheim"}')).toBe(true);
    const disk = readFileSync(file, 'utf8');
    expect(disk).not.toContain('geheim');
    // "geheim" shifted by one byte is "hfifjn", base64 of the whole value is what is stored.
    expect(Buffer.from(JSON.parse(disk)['mazmun.sync.p1'], 'base64').toString()).toContain(
      'hfifjn',
    );
    expect(await credentialStore(file).get('mazmun.sync.p1')).toBe('{"password":"geheim"}');
  });

  it('stores nothing when the system cannot encrypt', async () => {
    state.available = false;
    const s = credentialStore(file);
    expect(await s.set('k', 'secret')).toBe(false);
    expect(await s.get('k')).toBeNull();
  });

  it('removes a value, and an unknown key is absent', async () => {
    const s = credentialStore(file);
    await s.set('a', '1');
    await s.set('b', '2');
    expect(await s.remove('a')).toBe(true);
    expect(await s.get('a')).toBeNull();
    expect(await s.get('b')).toBe('2');
    expect(await s.remove('zzz')).toBe(false);
  });

  it('keeps every key when several are saved at once', async () => {
    const s = credentialStore(file);
    await Promise.all(['p1', 'p2', 'p3', 'p4'].map((k) => s.set(`mazmun.sync.${k}`, k)));
    await Promise.all([s.remove('mazmun.sync.p1'), s.set('mazmun.sync.p5', 'p5')]);
    const keys = Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object).sort();
    expect(keys).toEqual(['mazmun.sync.p2', 'mazmun.sync.p3', 'mazmun.sync.p4', 'mazmun.sync.p5']);
  });
});
