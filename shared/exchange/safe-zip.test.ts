import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { openZipSafely } from './safe-zip';

describe('openZipSafely', () => {
  it('answers only for entries the archive has, never for Object.prototype names', async () => {
    const zip = new JSZip();
    zip.file('project.qde', '<Project/>');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const opened = await openZipSafely(bytes);
    if (!opened.ok) throw new Error(opened.reason);
    expect(opened.data.has('project.qde')).toBe(true);
    for (const name of ['valueOf', 'constructor', '__proto__', 'toString']) {
      expect(opened.data.has(name)).toBe(false);
      const r = await opened.data.read(name);
      expect(r.ok).toBe(false);
    }
    const qde = await opened.data.read('project.qde');
    expect(qde.ok && new TextDecoder().decode(qde.data)).toBe('<Project/>');
  });
});
