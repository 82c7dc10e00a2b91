import { describe, expect, it } from 'vitest';
import { fullFormatter, relativeFormatter, relativeTime } from './time-format';

describe('activity feed time formatters', () => {
  it('builds one formatter per locale and reuses it', () => {
    expect(relativeFormatter('en')).toBe(relativeFormatter('en'));
    expect(fullFormatter('fa')).toBe(fullFormatter('fa'));
    expect(relativeFormatter('en')).not.toBe(relativeFormatter('fa'));
    expect(relativeFormatter('en').resolvedOptions().locale).toBe('en');
    expect(relativeFormatter('fa').resolvedOptions().locale).toBe('fa');
  });

  it('words a time in the locale asked for, whichever was cached first', () => {
    const now = Date.UTC(2024, 0, 1, 12, 0, 0);
    // 120 s before now = 2 minutes ago.
    expect(relativeTime(now - 120_000, now, 'en')).toBe('2 minutes ago');
    expect(relativeTime(now - 120_000, now, 'fa')).toBe('۲ دقیقه پیش');
    expect(relativeTime(now - 3 * 3_600_000, now, 'en')).toBe('3 hours ago');
    // Two days back: the date, no longer a relative time.
    expect(relativeTime(now - 2 * 86_400_000, now, 'en')).not.toMatch(/ago/);
  });
});
