import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { appError } from '../errors';
import { drainCapped, type ChunkStream } from './zip-stream';

async function entryStream(bytes: Uint8Array): Promise<ChunkStream> {
  const zip = new JSZip();
  zip.file('a.bin', bytes);
  const reopened = await JSZip.loadAsync(await zip.generateAsync({ type: 'uint8array' }));
  const entry = reopened.file('a.bin') as unknown as {
    internalStream(type: 'uint8array'): ChunkStream;
  };
  return entry.internalStream('uint8array');
}

const DAMAGED = appError('exchange.zipEntryDamaged', { entry: 'a.bin', detail: 'bad' });
const TOO_BIG = appError('import.entryTooLarge', { file: 'a.bin', limitBytes: 1000 });

describe('drainCapped', () => {
  const bytes = Uint8Array.from({ length: 5000 }, (_, i) => i % 251);

  it('returns every byte when the cap is never reached', async () => {
    const r = await drainCapped(
      await entryStream(bytes),
      () => null,
      () => DAMAGED,
    );
    expect(r).toEqual({ ok: true, data: bytes });
  });

  it('fails with the cap’s reason once the running total passes it', async () => {
    const totals: number[] = [];
    const r = await drainCapped(
      await entryStream(bytes),
      (_, total) => {
        totals.push(total);
        return total > 1000 ? TOO_BIG : null;
      },
      () => DAMAGED,
    );
    expect(r).toMatchObject({ ok: false, error: TOO_BIG });
    // It stopped at the first chunk past the cap.
    expect(totals.filter((t) => t > 1000)).toHaveLength(1);
  });
});
