// importQdpx is the one door through which strangers' archives come in: any bytes, and any
// damage to a real export, must come back as a Result. A project it does accept must be sound
// enough to store: every coding inside its text, on a known document and code.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportQdpx } from './qdpx-export';
import { importQdpx } from './qdpx-import';
import { expectSound, sampleSnapshot } from './test-snapshot';

let valid: Uint8Array = new Uint8Array();
beforeAll(async () => {
  valid = await exportQdpx(sampleSnapshot());
});

/** The valid export with a few bytes overwritten, perhaps cut short. */
const damaged = fc
  .tuple(
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }),
    fc.option(fc.nat(), { nil: undefined }),
  )
  .map(([flips, cut]) => {
    const bytes = valid.slice();
    for (const [at, value] of flips) bytes[at % bytes.length] = value;
    return cut === undefined ? bytes : bytes.subarray(0, cut % bytes.length);
  });

const randomZipish = fc
  .uint8Array({ maxLength: 1024 })
  .map((rest) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...rest]));

describe('importQdpx on arbitrary input (property)', () => {
  it('answers random bytes with a reason', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2048 }), randomZipish), async (b) => {
        const r = await importQdpx(b, { now: 0 });
        if (r.ok) expectSound(r.data.snapshot);
        else expect(r.reason).not.toBe('');
      }),
      { numRuns: 300 },
    );
  });

  it('answers a damaged real export with a reason, or a sound project', async () => {
    const seen = { ok: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(damaged, async (bytes) => {
        const r = await importQdpx(bytes, { now: 0 });
        seen[r.ok ? 'ok' : 'refused']++;
        if (r.ok) expectSound(r.data.snapshot);
        else expect(r.reason).not.toBe('');
      }),
      { numRuns: 300 },
    );
    expect(seen.ok).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  });
});
