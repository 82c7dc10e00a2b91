// The committed hostile .qdpx files of fixtures/bad-input, imported as the Import/Export view
// imports them. qdpx-hostile.test.ts builds similar archives in memory; these are the files a
// researcher (and the e2e test) can actually pick.
// eslint-disable-next-line no-restricted-imports -- tests read committed fixtures
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FLAT_QDE_BYTES,
  QDPX_BOMB_ALIASES,
  QDPX_BOMB_KERNEL,
} from '../../fixtures/bad-input/make-fixtures';
import { XmlScanner } from '../import/xml-scan';
import { centralEntries, entryText, inflatedSize } from '../../fixtures/bad-input/inspect-zip';
import { importQdpx } from './qdpx-import';
import { DEFAULT_MAX_UNCOMPRESSED_BYTES, openZipSafely } from './safe-zip';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/bad-input/${name}`, import.meta.url)));

const declaredTotal = (name: string): number =>
  centralEntries(fixture(name)).reduce((sum, e) => sum + e.declaredSize, 0);

const DOCTYPE =
  'project.qde: The XML declares a DOCTYPE or ENTITY. Mazmun refuses such files because they can be ' +
  'used to read local files or exhaust memory (XXE); REFI-QDA files never need one.';
const UNSAFE = (name: string) =>
  `The archive contains an entry with an unsafe path ("${name}"): absolute paths and ".." are refused.`;

const REFUSED: Readonly<Record<string, string | RegExp>> = {
  'xxe.qdpx': DOCTYPE,
  'billion-laughs.qdpx': DOCTYPE,
  'zip-slip-parent.qdpx': UNSAFE('../../evil.txt'),
  'zip-slip-absolute.qdpx': UNSAFE('/tmp/evil.txt'),
  'zip-bomb.qdpx': `The archive would unpack to ${declaredTotal('zip-bomb.qdpx')} bytes, more than the limit of ${DEFAULT_MAX_UNCOMPRESSED_BYTES} bytes (zip bomb?).`,
  'malformed.qdpx':
    /^project\.qde: The XML is malformed \(line 2\): Expected closing tag 'Sources' .* instead of closing tag 'Project'\.$/,
  'flat-elements.qdpx': 'project.qde has more than 1,000,000 XML elements (the limit)',
  'deep-nesting.qdpx': 'project.qde nests XML elements more than 256 levels deep (the limit)',
  'long-attribute.qdpx':
    'project.qde has an XML attribute longer than 1,000,000 characters (the limit)',
  'long-name.qdpx': 'project.qde has a name longer than 1,000 characters (the limit)',
};

describe('fixtures/bad-input: REFI-QDA projects', () => {
  it.each(Object.entries(REFUSED))('refuses %s with a plain reason', async (name, reason) => {
    const r = await importQdpx(fixture(name));
    expect(r.ok).toBe(false);
    if (typeof reason === 'string') expect(!r.ok && r.reason).toBe(reason);
    else expect(!r.ok && r.reason).toMatch(reason);
  });

  it('xxe.qdpx and billion-laughs.qdpx carry what they claim', () => {
    const xxe = entryText(fixture('xxe.qdpx'), 'project.qde');
    expect(xxe).toContain('<!DOCTYPE Project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>');
    expect(xxe).toContain('name="&xxe;"');
    const laughs = entryText(fixture('billion-laughs.qdpx'), 'project.qde');
    expect(laughs).toContain(`<!ENTITY lol9 "${'&lol8;'.repeat(10)}">`);
    expect(laughs).toContain('name="&lol9;"');
  });

  it('zip-bomb.qdpx lists one 128 MiB payload five times, past the cap', async () => {
    const bytes = fixture('zip-bomb.qdpx');
    const zeros = centralEntries(bytes).filter((e) => e.name.startsWith('sources/zeros-'));
    expect(zeros).toHaveLength(1 + QDPX_BOMB_ALIASES);
    expect(new Set(zeros.map((e) => e.localOffset)).size).toBe(1);
    const first = zeros[0];
    if (!first) throw new Error('no payload');
    expect(await inflatedSize(bytes, first)).toBe(QDPX_BOMB_KERNEL);
    const declared = zeros.reduce((sum, e) => sum + e.declaredSize, 0);
    expect(declared).toBeGreaterThan(DEFAULT_MAX_UNCOMPRESSED_BYTES);
    expect(bytes.length).toBeLessThan(300 * 1024);
  });

  it('imports offsets-outside.qdpx, keeping the good coding and reporting the four bad ones', async () => {
    const r = await importQdpx(fixture('offsets-outside.qdpx'), { now: 0 });
    if (!r.ok) throw new Error(r.reason);
    const { snapshot, report } = r.data;
    const doc = snapshot.documents[0];
    expect(snapshot.documents).toHaveLength(1);
    expect(snapshot.codings.map((c) => doc?.text.slice(c.start, c.end))).toEqual(['مصاحبه‌گر']);
    expect(report.mapped.codings).toBe(1);
    expect(report.skipped).toEqual([
      {
        what: 'PlainTextSelection',
        reason: 'its positions are missing, empty or outside the text',
        count: 4,
      },
    ]);
    // Every coding kept lies inside its text.
    for (const c of snapshot.codings) {
      expect(c.start).toBeGreaterThanOrEqual(0);
      expect(c.end).toBeLessThanOrEqual(doc?.text.length ?? 0);
    }
  });

  it('flat-elements.qdpx is 200 MiB of <x/> in ~200 KB, refused after inflating a few MB', async () => {
    const bytes = fixture('flat-elements.qdpx');
    const [qde] = centralEntries(bytes);
    expect(qde?.declaredSize).toBeGreaterThan(FLAT_QDE_BYTES);
    expect(bytes.length).toBeLessThan(300 * 1024);
    // The scan reads chunks as they inflate: the refusal comes long before the end of the entry.
    const opened = await openZipSafely(bytes);
    if (!opened.ok) throw new Error(opened.reason);
    const scanner = new XmlScanner('project.qde', { doctype: 'refuse' });
    let inflated = 0;
    const r = await opened.data.read('project.qde', {
      inspect: (chunk) => {
        inflated += chunk.length;
        return scanner.feedBytes(chunk);
      },
    });
    expect(r.ok).toBe(false);
    expect(scanner.elements).toBe(1_000_001);
    expect(inflated).toBeLessThan(16 * 1024 * 1024);
  });
});
