// restoreBackup reads a file the user picked: any text, any JSON, a real backup with any part
// replaced. It must answer with a Result, and a snapshot it accepts must be sound.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreBackup, serializeBackup } from './backup';
import { BACKUP_FORMAT } from './format';
import { expectSound, sampleSnapshot } from './test-snapshot';

const GOOD = serializeBackup(sampleSnapshot(), { exportedAt: 0 });

function check(text: string): 'ok' | 'refused' {
  const r = restoreBackup(text);
  if (r.ok) {
    expectSound(r.data);
    return 'ok';
  }
  expect(r.reason).not.toBe('');
  return 'refused';
}

/** Every path to a value inside the parsed backup. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [at];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [
    at,
    ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...at, k])),
  ];
}
const GOOD_PATHS = paths(JSON.parse(GOOD)).filter((p) => p.length > 0);

function replaceAt(path: (string | number)[], value: unknown): string {
  const root = JSON.parse(GOOD) as Record<string | number, unknown>;
  let node = root;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1);
  if (last !== undefined) node[last] = value;
  return JSON.stringify(root);
}

describe('restoreBackup on arbitrary input (property)', () => {
  it('answers any text and any JSON with a reason', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.json({ maxDepth: 4 })), (t) => {
        expect(check(t)).toBe('refused');
      }),
      { numRuns: 500 },
    );
  });

  it('answers a backup-shaped object holding anything as its snapshot', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.integer({ min: -2, max: 3 }), (snapshot, v) => {
        check(JSON.stringify({ format: BACKUP_FORMAT, formatVersion: v, snapshot }));
      }),
      { numRuns: 500 },
    );
  });

  it('survives any one value of a real backup replaced by any JSON value', () => {
    const seen = { ok: 0, refused: 0 };
    fc.assert(
      fc.property(fc.nat(), fc.jsonValue({ maxDepth: 2 }), (k, value) => {
        const path = GOOD_PATHS[k % GOOD_PATHS.length] ?? [];
        seen[check(replaceAt(path, value))]++;
      }),
      { numRuns: 1000 },
    );
    expect(seen.ok).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  });

  it('survives characters of a real backup deleted or replaced', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.string({ maxLength: 3 })), {
          minLength: 1,
          maxLength: 4,
        }),
        (edits) => {
          let text = GOOD;
          for (const [at, del, ins] of edits) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + ins + text.slice(i + del);
          }
          check(text);
        },
      ),
      { numRuns: 500 },
    );
  });
});
