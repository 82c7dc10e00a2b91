// `mazmun validate` on codebooks: held to the Codebook schema, not only to what the importer
// can read (an importable file without codes used to pass as valid).
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportQdc } from '../../shared/exchange/qdc';
import { exportQdpx } from '../../shared/exchange/qdpx-export';
import { sampleSnapshot } from '../../shared/exchange/test-snapshot';
import { runCli } from '../run-cli';
import { memoryIo } from '../test-io';

const bytes = (s: string) => new TextEncoder().encode(s);
const G = '0a1b2c3d-0000-4000-8000-000000000001';
const VALID = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
  <Code guid="${G}" name="Motives" isCodable="true"><Description>Why</Description></Code>
</Codes></CodeBook>`;
// Reads fine, but CodesType needs at least one Code.
const NO_CODES = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>`;

async function validate(name: string, text: string | Uint8Array) {
  const io = memoryIo({}, new Map([[`/v/${name}`, typeof text === 'string' ? bytes(text) : text]]));
  const code = await runCli(['validate', `/v/${name}`], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

describe('mazmun validate <file.qdc>', () => {
  it('accepts a valid codebook (exit 0)', async () => {
    const r = await validate('ok.qdc', VALID);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(/^\/v\/ok\.qdc: valid REFI-QDA codebook\n.*codes 1,/);
  });

  it('refuses one against the schema, with the reason (exit 1)', async () => {
    const r = await validate('empty.qdc', NO_CODES);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      'mazmun: /v/empty.qdc: The codebook does not follow the REFI-QDA Codebook schema: ' +
        'line 2: /CodeBook/Codes: expected a Code\n',
    );
  });

  it('names a bad attribute value', async () => {
    const r = await validate('bad.qdc', VALID.replace('isCodable="true"', 'isCodable="yes"'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('attribute isCodable="yes" is not a boolean');
  });

  it("accepts Mazmun's export of an empty codebook", async () => {
    const r = await validate('none.qdc', exportQdc({ codes: [] }));
    expect(r.code).toBe(0);
    expect(r.out).toContain('codes 0,');
  });
});

async function qdpx(qde: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('project.qde', qde);
  zip.file('sources/a.txt', 'Hello');
  return zip.generateAsync({ type: 'uint8array' });
}
const PROJECT = (source: string) => `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="P">
<CodeBook><Codes><Code guid="${G}" name="Motives" isCodable="true"/></Codes></CodeBook>
<Sources>
${source}
</Sources>
</Project>`;
const SOURCE = `<TextSource guid="0a1b2c3d-0000-4000-8000-000000000002" name="A" plainTextPath="internal://a.txt"/>`;

describe('mazmun validate <file.qdpx>', () => {
  it("accepts Mazmun's export and a hand-written project (exit 0)", async () => {
    const r = await validate('ok.qdpx', await exportQdpx(sampleSnapshot()));
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(/^\/v\/ok\.qdpx: valid REFI-QDA project\ndocuments 3, codes 5,/);
    expect((await validate('p.qdpx', await qdpx(PROJECT(SOURCE)))).code).toBe(0);
  });

  it('refuses one the importer reads but the Project schema does not allow (exit 1)', async () => {
    // The importer takes a creatingUser that is not a GUID (and leaves it out); the schema does not.
    const bad = SOURCE.replace('name="A"', 'name="A" creatingUser="anna"');
    const r = await validate('bad.qdpx', await qdpx(PROJECT(bad)));
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      'mazmun: /v/bad.qdpx: project.qde does not follow the REFI-QDA Project schema: ' +
        'line 5: /Project/Sources/TextSource: attribute creatingUser="anna" is not a GUID\n',
    );
  });

  it('names a missing element and an element out of place, with their lines', async () => {
    const r = await validate('empty.qdpx', await qdpx(PROJECT('<Description>late</Description>')));
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'line 4: /Project/Sources: expected TextSource or PictureSource or PDFSource or AudioSource or VideoSource',
    );
    expect(r.err).toContain(
      'line 5: /Project/Sources: Description is not expected at this position',
    );
  });
});
