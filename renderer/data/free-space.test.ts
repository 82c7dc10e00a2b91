import { describe, expect, it } from 'vitest';
import { ROOM_CHECK_MIN_BYTES, ROOM_FACTOR, roomNeeded, roomProblem } from './free-space';

const MB = 1_000_000;

describe('roomProblem', () => {
  it('refuses a backup when free space is under a multiple of its size, naming both', () => {
    const reason = roomProblem('big.mazmun.json', 6 * MB, 7 * MB);
    expect(reason).toBe(
      'There is not enough free disk space to import "big.mazmun.json": it needs about 24 MB ' +
        'and 7 MB is free. Free some disk space, then try again. Nothing was changed.',
    );
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
