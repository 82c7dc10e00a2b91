import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importQdpx } from './qdpx-import';
import { exportQdpx } from './qdpx-export';
import { isUnsafeEntryName, scanZip } from './safe-zip';
import { sampleSnapshot } from './test-snapshot';

async function zipOf(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Offsets of every record with this little-endian signature. */
function findSignatures(bytes: Uint8Array, sig: number): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i++) if (view.getUint32(i, true) === sig) out.push(i);
  return out;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;

function patchSizes(bytes: Uint8Array, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (const p of findSignatures(out, CENTRAL)) view.setUint32(p + 24, size, true);
  for (const p of findSignatures(out, LOCAL)) view.setUint32(p + 22, size, true);
  return out;
}

function reasonOf(r: { ok: boolean; reason?: string }): string {
  expect(r.ok).toBe(false);
  return r.reason ?? '';
}

const QDE_HEAD = '<?xml version="1.0" encoding="utf-8"?>';

describe('importQdpx refuses hostile archives', () => {
  it('refuses XXE (a DOCTYPE with an external entity) inside project.qde', async () => {
    const qde = `${QDE_HEAD}<!DOCTYPE Project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
      <Project xmlns="urn:QDA-XML:project:1.0" name="&xxe;"/>`;
    const r = await importQdpx(await zipOf({ 'project.qde': qde }));
    expect(reasonOf(r)).toMatch(/DOCTYPE or ENTITY/);
  });

  it('refuses an entry named ../evil.txt (zip-slip)', async () => {
    // Written as xx/evil.txt, then renamed in place: no zip library would write the bad name.
    const good = await zipOf({
      'project.qde': `${QDE_HEAD}<Project name="p"/>`,
      'xx/evil.txt': 'x',
    });
    const bytes = good.slice();
    const name = new TextEncoder().encode('xx/evil.txt');
    const bad = new TextEncoder().encode('../evil.txt');
    for (let i = 0; i + name.length <= bytes.length; i++) {
      if (name.every((b, k) => bytes[i + k] === b)) bytes.set(bad, i);
    }
    expect(scanZip(bytes).ok && scanZip(bytes)).toMatchObject({
      data: expect.arrayContaining([expect.objectContaining({ name: '../evil.txt' })]),
    });
    expect(reasonOf(await importQdpx(bytes))).toMatch(/unsafe path \("\.\.\/evil\.txt"\)/);
  });

  it('judges entry names by their segments', () => {
    expect(
      ['/etc/passwd', 'C:\\x', '\\\\host\\x', 'a/../b', '..\\b'].map(isUnsafeEntryName),
    ).toEqual([true, true, true, true, true]);
    expect(['sources/a..b.txt', 'project.qde', 'sources/x.txt'].map(isUnsafeEntryName)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('refuses a zip bomb by its declared size, before inflating', async () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const bomb = await zipOf({
      'project.qde': `${QDE_HEAD}<Project name="p"/>`,
      'sources/big.txt': zeros,
    });
    expect(bomb.length).toBeLessThan(zeros.length / 100);
    const r = await importQdpx(bomb, { maxUncompressedBytes: 1024 * 1024 });
    expect(reasonOf(r)).toMatch(/would unpack to \d+ bytes, more than the limit of 1048576/);
    // With the default cap, a declared size of ~4 GB is refused as well.
    const huge = patchSizes(bomb, 0xfffffff0);
    expect(reasonOf(await importQdpx(huge))).toMatch(/zip bomb/);
  });

  it('stops inflating an entry whose header lies about its size', async () => {
    const big = new TextEncoder().encode('<Project name="p"/>' + ' '.repeat(4 * 1024 * 1024));
    const liar = patchSizes(await zipOf({ 'project.qde': big }), 100);
    expect(reasonOf(await importQdpx(liar))).toMatch(/inflates beyond its declared size/);
  });

  it('gives a reason for a truncated archive, a non-zip and a missing project.qde', async () => {
    const full = await exportQdpx(sampleSnapshot());
    expect(reasonOf(await importQdpx(full.slice(0, Math.floor(full.length / 2))))).toMatch(
      /truncated|damaged/,
    );
    expect(reasonOf(await importQdpx(new TextEncoder().encode('hello, not a zip')))).toMatch(
      /not a ZIP/,
    );
    expect(reasonOf(await importQdpx(new Uint8Array(0)))).toMatch(/not a ZIP/);
    expect(await importQdpx(new Uint8Array(0))).toMatchObject({
      error: { code: 'exchange.notZip', params: {} },
    });
    expect(await importQdpx(await zipOf({ 'readme.txt': 'hi' }))).toMatchObject({
      error: { code: 'exchange.noProjectQde' },
    });
    expect(reasonOf(await importQdpx(await zipOf({ 'readme.txt': 'hi' })))).toMatch(
      /no project\.qde/,
    );
  });

  it('gives a reason for a project.qde that is not XML, not UTF-8 or not a Project', async () => {
    expect(reasonOf(await importQdpx(await zipOf({ 'project.qde': 'just words' })))).toMatch(
      /malformed/,
    );
    expect(
      reasonOf(
        await importQdpx(await zipOf({ 'project.qde': '<Project name="x"><Users></Project>' })),
      ),
    ).toMatch(/malformed/);
    expect(
      reasonOf(
        await importQdpx(await zipOf({ 'project.qde': new Uint8Array([0x3c, 0xff, 0xfe]) })),
      ),
    ).toMatch(/UTF-8/);
    expect(
      reasonOf(await importQdpx(await zipOf({ 'project.qde': `${QDE_HEAD}<CodeBook/>` }))),
    ).toMatch(/no <Project>/);
    expect(await importQdpx(await zipOf({ 'project.qde': 'just words' }))).toMatchObject({
      error: {
        code: 'exchange.inProjectQde',
        params: { error: { code: 'exchange.xmlMalformed', params: { line: 1 } } },
      },
    });
  });
});
