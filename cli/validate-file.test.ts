// `mazmun validate` meets the hard input limits through the importers: a hostile file is
// refused with the limit named (issue 12: the flat-element .qdpx once ran 189 s and 4.6 GB).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateFile } from './validate-file';
import { memoryIo, root } from './test-io';

const badInput = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(`${root}fixtures/bad-input/${name}`));

describe('validateFile and the input limits', () => {
  it('refuses the 200 MiB flat-element project.qde, naming the element limit', async () => {
    const io = memoryIo({}, new Map([['/v/flat.qdpx', badInput('flat-elements.qdpx')]]));
    expect(await validateFile('/v/flat.qdpx', io)).toEqual({
      ok: false,
      reason: '/v/flat.qdpx: project.qde has more than 1,000,000 XML elements (the limit)',
      error: {
        code: 'cli.inPath',
        params: {
          path: '/v/flat.qdpx',
          error: {
            code: 'import.xmlTooManyElements',
            params: { file: 'project.qde', limit: 1_000_000 },
          },
        },
      },
    });
  });

  it('refuses a .qdc past the element limit before parsing it', async () => {
    const qdc = new TextEncoder().encode(`<CodeBook>${'<x/>'.repeat(1_000_001)}</CodeBook>`);
    const io = memoryIo({}, new Map([['/v/flood.qdc', qdc]]));
    expect(await validateFile('/v/flood.qdc', io)).toMatchObject({
      ok: false,
      reason: '/v/flood.qdc: The XML has more than 1,000,000 XML elements (the limit)',
      error: {
        code: 'cli.inPath',
        params: { error: { code: 'import.xmlTooManyElementsUnnamed' } },
      },
    });
  });
});
