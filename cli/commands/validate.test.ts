// `mazmun validate` on codebooks: held to the Codebook schema, not only to what the importer
// can read (an importable file without codes used to pass as valid).
import { describe, expect, it } from 'vitest';
import { exportQdc } from '../../shared/exchange/qdc';
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

async function validate(name: string, text: string) {
  const io = memoryIo({}, new Map([[`/v/${name}`, bytes(text)]]));
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
        '/CodeBook/Codes: expected a Code\n',
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
