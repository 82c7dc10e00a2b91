// Sync accounts' passwords on the desktop (issue 14): encrypted with Electron's safeStorage (the
// system keychain: Keychain, DPAPI, libsecret/kwallet) and kept in one JSON file in the app's data
// folder, one base64 ciphertext per key. When the system offers no encryption, nothing is stored:
// the researcher types the password again rather than have it written in plain text.
import { safeStorage } from 'electron';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface CredentialStore {
  get(key: string): Promise<string | null>;
  /** False when the system cannot encrypt (then nothing was written). */
  set(key: string, value: string): Promise<boolean>;
  remove(key: string): Promise<boolean>;
}

async function readAll(file: string): Promise<Record<string, string>> {
  try {
    const v = JSON.parse(await readFile(file, 'utf8')) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, string>) : {};
  } catch {
    return {};
  }
}

async function writeAll(file: string, all: Record<string, string>): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  // Write then rename: a crash mid-write never leaves half a file.
  await writeFile(`${file}.tmp`, JSON.stringify(all), { mode: 0o600 });
  await rename(`${file}.tmp`, file);
}

export function credentialStore(file: string): CredentialStore {
  // Every read-modify-write of the one file runs after the previous one: two saves at once must
  // not each write the file without the other's key.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const p = queue.then(task);
    queue = p.catch(() => undefined);
    return p;
  };
  return {
    async get(key) {
      const enc = (await readAll(file))[key];
      if (typeof enc !== 'string' || !safeStorage.isEncryptionAvailable()) return null;
      try {
        return safeStorage.decryptString(Buffer.from(enc, 'base64'));
      } catch {
        return null;
      }
    },
    set: (key, value) =>
      serial(async () => {
        if (!safeStorage.isEncryptionAvailable()) return false;
        const all = await readAll(file);
        all[key] = safeStorage.encryptString(value).toString('base64');
        await writeAll(file, all);
        return true;
      }),
    remove: (key) =>
      serial(async () => {
        const all = await readAll(file);
        if (!(key in all)) return false;
        delete all[key];
        await writeAll(file, all);
        return true;
      }),
  };
}
