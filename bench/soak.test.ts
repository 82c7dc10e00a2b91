// The soak test's small brother, in the normal suite: 50 seeded mutations of the same real
// files through the same importers, in process. Each must come back as a Result — ok, or a
// refusal with a reason — and never throw. (Time and memory are bench/soak.ts's business:
// `npm run soak` runs 1,000 mutations in a worker with a capped heap and a watchdog.)
import { beforeAll, describe, expect, it } from 'vitest';
import { importQdpx } from '../shared/exchange/qdpx-import';
import { importFile } from '../shared/import/import-file';
import { createRng } from './prng';
import { soakBases } from './soak-bases';
import { mutate, type SoakBase } from './soak-mutate';

const SEED = 20261123;
const INPUTS = 50;

let bases: SoakBase[] = [];
beforeAll(async () => {
  bases = await soakBases();
});

describe('soak: mutated real files through the importers', () => {
  it('starts from files the importers accept', async () => {
    expect(bases.map((b) => b.kind)).toEqual(['qdpx', 'docx', 'rtf']);
    for (const base of bases) {
      const r =
        base.kind === 'qdpx'
          ? await importQdpx(base.bytes, { now: 0 })
          : await importFile(base.name, base.bytes);
      expect(r.ok, base.name).toBe(true);
    }
  });

  it.each(Array.from({ length: INPUTS }, (_, k) => k))(
    'mutation %i comes back as a Result',
    async (k) => {
      const rng = createRng(SEED + k);
      const input = await mutate(rng.pick(bases), rng);
      const r =
        input.kind === 'qdpx'
          ? await importQdpx(input.bytes, { now: 0 })
          : await importFile(input.name, input.bytes);
      expect(typeof r.ok, input.mutation).toBe('boolean');
      if (!r.ok) expect(r.reason.length, input.mutation).toBeGreaterThan(0);
    },
  );
});
