import { describe, expect, it } from 'vitest';
import { esbuildFailure } from './esbuild-error.mjs';

describe('esbuildFailure', () => {
  it("names esbuild's first error with its file and line", () => {
    const error = Object.assign(new Error('Build failed with 2 errors'), {
      errors: [
        { text: 'Could not resolve "x"', location: { file: 'cli/main.ts', line: 3 } },
        { text: 'second', location: null },
      ],
    });
    expect(esbuildFailure(error)).toBe('Could not resolve "x" (cli/main.ts:3)');
  });

  it('falls back to the thrown message', () => {
    expect(esbuildFailure(new Error('disk full'))).toBe('disk full');
    expect(esbuildFailure('plain')).toBe('plain');
  });
});
