import { describe, expect, it } from 'vitest';
import { arrowTarget } from './use-listbox-keys';

describe('arrowTarget', () => {
  it('moves down and wraps from the last option to the first', () => {
    expect(arrowTarget('ArrowDown', 0, 3)).toBe(1);
    expect(arrowTarget('ArrowDown', 2, 3)).toBe(0);
  });

  it('moves up and wraps from the first option to the last', () => {
    expect(arrowTarget('ArrowUp', 2, 3)).toBe(1);
    expect(arrowTarget('ArrowUp', 0, 3)).toBe(2);
  });

  it('stays on 0 when there are no options', () => {
    expect(arrowTarget('ArrowDown', 0, 0)).toBe(0);
    expect(arrowTarget('ArrowUp', 0, 0)).toBe(0);
  });

  it('ignores other keys', () => {
    expect(arrowTarget('Enter', 1, 3)).toBeNull();
    expect(arrowTarget('a', 1, 3)).toBeNull();
  });
});
