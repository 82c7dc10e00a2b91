import { describe, expect, it } from 'vitest';
import { headWords, tailWords } from './clip-context';

describe('segment context clipping', () => {
  it('keeps short context whole', () => {
    expect(tailWords('so the ', 10)).toEqual({ text: 'so the ', cut: false });
    expect(headWords(' ended.', 10)).toEqual({ text: ' ended.', cut: false });
  });

  it('cuts at a space, never inside a word', () => {
    // "one two three four " is 19 units; the last 9 start inside "three": cut at the space after it.
    expect(tailWords('one two three four ', 9)).toEqual({ text: ' four ', cut: true });
    // " alpha beta gamma": the space before "gamma" is at 11, within the first 12 units.
    expect(headWords(' alpha beta gamma', 12)).toEqual({ text: ' alpha beta', cut: true });
  });

  it('drops a single long word rather than split it', () => {
    expect(tailWords('کریدورهای‌شمال‌جنوب', 5)).toEqual({ text: '', cut: true });
    expect(headWords('abcdefghij', 3)).toEqual({ text: '', cut: true });
  });
});
