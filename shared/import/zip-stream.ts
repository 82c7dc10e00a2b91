// The zip reader (shared/exchange/safe-zip.ts) inflates entries through JSZip's stream so it can
// stop the moment an entry passes its cap, whatever its headers said.
import { refuseWith, type AppError } from '../errors';
import { ok, type Result } from '../model/snapshot';

/** The part of JSZip's entry stream (`internalStream('uint8array')`) this reads. */
export interface ChunkStream {
  on(event: 'data', fn: (chunk: Uint8Array) => void): unknown;
  on(event: 'error', fn: (e: Error) => void): unknown;
  on(event: 'end', fn: () => void): unknown;
  pause(): unknown;
  resume(): unknown;
}

/**
 * Collects a stream into one array. Before each chunk is kept, `over(length, total, chunk)`
 * (total counting this chunk) may return an error: the stream is paused and the read fails.
 * A stream error fails with `damaged(error)`.
 */
export function drainCapped(
  stream: ChunkStream,
  over: (length: number, total: number, chunk: Uint8Array) => AppError | null,
  damaged: (e: Error) => AppError,
): Promise<Result<Uint8Array>> {
  return new Promise((resolve) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let settled = false;
    const settle = (r: Result<Uint8Array>): void => {
      if (settled) return;
      settled = true;
      resolve(r);
    };
    stream.on('data', (chunk) => {
      if (settled) return;
      total += chunk.length;
      const error = over(chunk.length, total, chunk);
      if (error !== null) {
        stream.pause();
        settle(refuseWith(error));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', (e) => settle(refuseWith(damaged(e))));
    stream.on('end', () => {
      const out = new Uint8Array(total);
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      settle(ok(out));
    });
    stream.resume();
  });
}
