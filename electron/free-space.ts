// Free space on the disk that holds the app's data. The renderer cannot learn it: Chromium's
// navigator.storage.estimate() reports a fixed quota (usage + 1 GiB here, on a 30 MB disk), and
// a write that runs out of disk makes Chromium delete the origin's whole IndexedDB.
import { statfs } from 'node:fs/promises';
import { dirname } from 'node:path';

export type StatFs = (path: string) => Promise<{ bavail: number | bigint; bsize: number | bigint }>;

/**
 * Free bytes available to this user on the file system of `dir` (or of its nearest existing
 * parent: the backups folder may not exist yet), or null when the system cannot tell.
 */
export async function freeBytesAt(dir: string, stat: StatFs = statfs): Promise<number | null> {
  let path = dir;
  for (let i = 0; i < 64; i++) {
    try {
      const s = await stat(path);
      const free = Number(s.bavail) * Number(s.bsize);
      return Number.isFinite(free) && free >= 0 ? free : null;
    } catch (e) {
      const code = (e as { code?: string }).code;
      const parent = dirname(path);
      if (code !== 'ENOENT' || parent === path) return null;
      path = parent;
    }
  }
  return null;
}
