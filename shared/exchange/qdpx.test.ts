import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { codePointLength, utf16ToCodePoint } from '../text/offsets';
import { exportQdpx } from './qdpx-export';
import { importQdpx } from './qdpx-import';
import { exportQdc, importQdc } from './qdc';
import { buildProjectQde } from './qde-write';
import { PERSIAN_TEXT, sampleSnapshot, sortedById, span } from './test-snapshot';
import { xsdErrors } from './test-xsd';

async function qdeOf(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file('project.qde')!.async('string');
}

describe('exportQdpx', () => {
  it('writes a project.qde that the official Project.xsd accepts', async () => {
    const bytes = await exportQdpx(sampleSnapshot(), { appVersion: '0.1.0' });
    const xml = await qdeOf(bytes);
    expect(await xsdErrors(xml, 'project')).toEqual([]);
    expect(xml).toContain('xmlns="urn:QDA-XML:project:1.0"');
    expect(xml).toContain('origin="Mazmun 0.1.0"');
    // Mazmun's own facts travel beside project.qde, none in the Descriptions other tools show.
    expect(xml).not.toContain('[mazmun]');
    const meta = JSON.parse(
      await (await JSZip.loadAsync(bytes)).file('mazmun.json')!.async('string'),
    ) as Record<string, unknown>;
    expect(meta).toMatchObject({ format: 'mazmun-qdpx', formatVersion: 2, appVersion: '0.1.0' });
  });

  it('stores each text as UTF-8 under sources/ and references it as internal://', async () => {
    const snap = sampleSnapshot();
    const zip = await JSZip.loadAsync(await exportQdpx(snap));
    const xml = await zip.file('project.qde')!.async('string');
    for (const d of snap.documents) {
      expect(xml).toContain(`plainTextPath="internal://${d.id}.txt"`);
      const raw = await zip.file(`sources/${d.id}.txt`)!.async('uint8array');
      expect(new TextDecoder().decode(raw)).toBe(d.text);
    }
  });

  it('counts positions in code points, end exclusive', () => {
    const snap = sampleSnapshot();
    const { xml } = buildProjectQde(snap);
    const { start, end } = span(PERSIAN_TEXT, 'دنیا');
    const cpStart = utf16ToCodePoint(PERSIAN_TEXT, start);
    const cpEnd = utf16ToCodePoint(PERSIAN_TEXT, end);
    // One emoji before the word: its code-point offsets are one less than its UTF-16 offsets.
    expect([cpStart, cpEnd]).toEqual([start - 1, end - 1]);
    expect(xml).toContain(`startPosition="${cpStart}" endPosition="${cpEnd}"`);
    expect([...PERSIAN_TEXT].slice(cpStart, cpStart + 4).join('')).toBe('دنیا');
  });

  it('adds a default user when the project has no coders, and stays valid when nearly empty', async () => {
    const snap = {
      ...sampleSnapshot(),
      coders: [],
      codes: [],
      codings: [],
      cases: [],
      attributes: [],
      memos: [],
      documents: [],
    };
    const { xml } = buildProjectQde(snap);
    expect(xml).toMatch(/<Users><User guid="[0-9a-f-]{36}" name="Mazmun"\/><\/Users>/);
    expect(await xsdErrors(xml, 'project')).toEqual([]);
  });
});

describe('importQdpx round trip', () => {
  it('restores documents, codes, hierarchy, colours, codings, cases, values, memos and users', async () => {
    const snap = sampleSnapshot();
    const bytes = await exportQdpx(snap);
    const result = await importQdpx(bytes, { projectId: snap.project.id });
    if (!result.ok) throw new Error(result.reason);
    const { snapshot, report } = result.data;
    expect(sortedById(snapshot)).toEqual(sortedById(snap));
    expect(report.skipped).toEqual([]);
    expect(report.mapped).toEqual({
      users: snap.coders.length,
      codes: snap.codes.length,
      variables: snap.attributes.length,
      cases: snap.cases.length,
      documents: snap.documents.length,
      codings: snap.codings.length,
      memos: snap.memos.length,
    });
  });

  it('keeps the UTF-16 offsets of a coding placed after an emoji', async () => {
    const snap = sampleSnapshot();
    const result = await importQdpx(await exportQdpx(snap));
    if (!result.ok) throw new Error(result.reason);
    const doc = result.data.snapshot.documents.find((d) => d.text === PERSIAN_TEXT)!;
    const coded = result.data.snapshot.codings
      .filter((c) => c.documentId === doc.id)
      .map((c) => doc.text.slice(c.start, c.end));
    expect(coded).toContain('دنیا');
    expect(coded).toContain('صحبت کنم 👨‍👩‍👧 و');
    expect(coded).toContain('می‌خواهم');
  });
});

describe('qdc codebook', () => {
  it('exports a codebook valid against Codebook.xsd and reads it back', async () => {
    const snap = sampleSnapshot();
    const xml = exportQdc(snap);
    expect(await xsdErrors(xml, 'codebook')).toEqual([]);
    const back = importQdc(xml, { projectId: snap.project.id });
    if (!back.ok) throw new Error(back.reason);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...back.data.codes].sort(byId)).toEqual([...snap.codes].sort(byId));
  });

  it('reads GUIDs with braces and upper case, and short colours', () => {
    const xml = `<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
      <Code guid="{ABCDEF01-2345-4678-9ABC-DEF012345678}" name="A" isCodable="true" color="#F0A">
        <Code guid="abcdef01-2345-4678-9abc-def012345679" name="B" isCodable="false"/></Code>
      </Codes><Sets><Set guid="abcdef01-2345-4678-9abc-def01234567a" name="S"/></Sets></CodeBook>`;
    const r = importQdc(xml);
    if (!r.ok) throw new Error(r.reason);
    const [a, b] = r.data.codes;
    expect(a?.id).toBe('abcdef01-2345-4678-9abc-def012345678');
    expect(a?.color).toBe('#ff00aa');
    expect(b?.parentId).toBe(a?.id);
    expect(r.data.report.skipped).toEqual([
      { what: 'Set', count: 1, reason: 'Mazmun has no code sets' },
    ]);
  });

  it('refuses a DTD, non-XML and a foreign root with a reason', () => {
    const reasons = [
      '<?xml version="1.0"?><!DOCTYPE CodeBook [<!ENTITY a "aaaa">]><CodeBook/>',
      'not xml at all',
      '<Project name="x"/>',
    ].map((x) => {
      const r = importQdc(x);
      return r.ok ? 'imported' : r.reason;
    });
    expect(reasons[0]).toMatch(/DOCTYPE or ENTITY/);
    expect(reasons[1]).toMatch(/malformed/);
    expect(reasons[2]).toMatch(/no <CodeBook> root/);
  });

  it('a code-point length check: the sample really has characters outside the BMP', () => {
    expect(codePointLength(PERSIAN_TEXT)).toBeLessThan(PERSIAN_TEXT.length);
  });
});
