// The move from `fail(reason)` to `refuse(code, params)` goes file by file (docs/errors.md). A
// file that refuses by code is converted: a `fail(` left in it, or added later, is a regression.
// eslint-disable-next-line no-restricted-imports -- a test reading the sources, not app code
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url);
const FOLDERS = ['shared', 'cli', 'renderer', 'electron'];

function sources(): string[] {
  return FOLDERS.flatMap((folder) =>
    readdirSync(new URL(folder, ROOT), { recursive: true, encoding: 'utf8' })
      .map((p) => `${folder}/${p.replace(/\\/g, '/')}`)
      .filter((p) => /\.tsx?$/.test(p) && !/\.test\.tsx?$/.test(p)),
  );
}

/** Comments may name both helpers (this one does); only code counts. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

const USES_CODES = /\brefuse(With)?\(/;
/** `fail(` and the typed `fail<T>(`. */
const USES_LEGACY = /(^|[^\w.])fail(<[^>(]*>)?\(/m;

describe('the move to coded errors', () => {
  it('leaves no legacy fail( in a file that already refuses by code', () => {
    const mixed = sources().filter((p) => {
      if (p.startsWith('shared/errors/') || p === 'shared/model/snapshot.ts') return false;
      const text = withoutComments(readFileSync(new URL(p, ROOT), 'utf8'));
      return USES_CODES.test(text) && USES_LEGACY.test(text);
    });
    expect(mixed).toEqual([]);
  });

  it('recognizes a legacy call and a coded one', () => {
    expect(USES_LEGACY.test("  return fail('x');")).toBe(true);
    expect(USES_LEGACY.test('  if (!r.ok) return fail(`y`);')).toBe(true);
    expect(USES_LEGACY.test('    return fail<CommandLabel>(message);')).toBe(true);
    expect(USES_LEGACY.test('expect.fail(1); mustNotFail(2)')).toBe(false);
    expect(USES_CODES.test("return refuse('csv.empty');")).toBe(true);
    expect(withoutComments('// fail(x)\n/* refuse(y) */ ok(1); // url http://a')).toBe(
      '\n ok(1); ',
    );
  });
});
