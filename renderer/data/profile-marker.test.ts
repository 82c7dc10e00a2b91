import { describe, expect, it } from 'vitest';
import { markHadProjects, readHadProjects } from './profile-marker';
import { memoryStorage } from './test-storage';

describe('profile marker', () => {
  it('is unset on a fresh profile, set once projects exist, cleared on purpose', () => {
    const s = memoryStorage();
    expect(readHadProjects(s)).toBe(false);
    markHadProjects(true, s);
    expect(readHadProjects(s)).toBe(true);
    markHadProjects(false, s);
    expect(readHadProjects(s)).toBe(false);
  });

  it('never throws when storage refuses (a full disk, storage disabled)', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      },
      removeItem: () => undefined,
    };
    expect(() => markHadProjects(true, refusing)).not.toThrow();
    expect(readHadProjects(refusing)).toBe(false);
    expect(readHadProjects(null)).toBe(false);
  });
});
