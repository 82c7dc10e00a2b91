import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freeBytesAt, type StatFs } from './free-space';

describe('freeBytesAt', () => {
  it('reads the real file system, from the nearest folder that exists', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mazmun-free-'));
    try {
      const here = await freeBytesAt(dir);
      expect(here).toBeGreaterThan(0);
      const missing = await freeBytesAt(join(dir, 'backups', 'not-yet'));
      expect(missing).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('multiplies free blocks by block size, and says null when it cannot tell', async () => {
    const blocks: StatFs = async () => ({ bavail: 10n, bsize: 4096n });
    expect(await freeBytesAt('/x', blocks)).toBe(40960);
    const denied: StatFs = async () => {
      throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
    };
    expect(await freeBytesAt('/x', denied)).toBeNull();
  });
});
