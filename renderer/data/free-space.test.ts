import { describe, expect, it } from 'vitest';
import { formatError } from '../../shared/errors';
import { translateError } from '../i18n/errors';
import { ROOM_CHECK_MIN_BYTES, ROOM_FACTOR, roomNeeded, roomProblem } from './free-space';

const MB = 1_000_000;

describe('roomProblem', () => {
  it('refuses a backup when free space is under a multiple of its size, naming both', () => {
    const problem = roomProblem('big.mazmun.json', 6 * MB, 7 * MB);
    expect(problem).toEqual({
      code: 'app.noRoom',
      params: { file: 'big.mazmun.json', neededMb: 24, freeMb: 7 },
    });
    if (!problem) return;
    expect(formatError(problem)).toBe(
      'There is not enough free disk space to import "big.mazmun.json": it needs about 24 MB ' +
        'and 7 MB is free. Free some disk space, then try again. Nothing was changed.',
    );
    const fa = translateError(problem, 'fa');
    expect(fa).toContain('۲۴ مگابایت');
    expect(fa).toContain('۷ مگابایت');
    expect(fa).toContain('big.mazmun.json');
  });

  it('lets it in with room to spare, or when the free space is unknown', () => {
    expect(roomProblem('big.mazmun.json', 6 * MB, 6 * MB * ROOM_FACTOR)).toBeNull();
    expect(roomProblem('big.mazmun.json', 6 * MB, null)).toBeNull();
  });

  it('asks a zip for more room than plain JSON, and ignores tiny files', () => {
    expect(roomNeeded('study.QDPX', MB)).toBeGreaterThan(roomNeeded('study.mazmun.json', MB));
    expect(roomProblem('tiny.json', ROOM_CHECK_MIN_BYTES - 1, 0)).toBeNull();
  });
});
