import { describe, expect, it } from 'vitest';
import type { CoderId, ProjectId } from '../../shared/model/ids';
import { memoryStorage } from '../data/test-storage';
import { rememberCoder, rememberedCoder } from './use-current-coder';

const P = 'project-1' as ProjectId;
const Q = 'project-2' as ProjectId;
const A = 'coder-a' as CoderId;
const B = 'coder-b' as CoderId;

describe('the remembered coder', () => {
  it('is per window and per project; a new window starts with the last choice anywhere', () => {
    const shared = memoryStorage();
    const one = { window: memoryStorage(), shared };
    const two = { window: memoryStorage(), shared };
    expect(rememberedCoder(P, one)).toBeNull();
    rememberCoder(P, A, one);
    // A second window opened now: the last choice as its default.
    expect(rememberedCoder(P, two)).toBe(A);
    rememberCoder(P, B, two);
    // The first window keeps its own coder (a reload reads its sessionStorage).
    expect(rememberedCoder(P, one)).toBe(A);
    expect(rememberedCoder(P, two)).toBe(B);
    // Another project has no coder yet.
    expect(rememberedCoder(Q, one)).toBeNull();
  });

  it('remembers "no coder" as a choice of its own', () => {
    const shared = memoryStorage();
    const one = { window: memoryStorage(), shared };
    rememberCoder(P, null, one);
    // Another window chooses A afterwards: this one still codes with no coder.
    rememberCoder(P, A, { window: memoryStorage(), shared });
    expect(rememberedCoder(P, one)).toBeNull();
    expect(rememberedCoder(P, { window: memoryStorage(), shared })).toBe(A);
  });
});
