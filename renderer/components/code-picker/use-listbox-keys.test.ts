import { describe, expect, it } from 'vitest';
import { arrowTarget, pointerTakesHighlight } from './use-listbox-keys';

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

describe('pointerTakesHighlight', () => {
  it('gives the highlight to an option the pointer moves over', () => {
    expect(pointerTakesHighlight({ movementX: 3, movementY: 0 }, 2, 0)).toBe(true);
    expect(pointerTakesHighlight({ movementX: 0, movementY: -1 }, 1, 0)).toBe(true);
  });

  it('leaves the highlight where typing put it when the option slid under a resting pointer', () => {
    expect(pointerTakesHighlight({ movementX: 0, movementY: 0 }, 1, 0)).toBe(false);
  });

  it('does nothing for the option already highlighted', () => {
    expect(pointerTakesHighlight({ movementX: 4, movementY: 4 }, 1, 1)).toBe(false);
  });
});
