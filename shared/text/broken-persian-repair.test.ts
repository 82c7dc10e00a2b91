import { describe, expect, it } from 'vitest';
import { detectBrokenPersian } from './broken-persian';
import { repairBrokenPersian, repairLine } from './broken-persian-repair';
import { CLEAN_PERSIAN, toVisualOrder } from './broken-persian-test-builders';

describe('repairBrokenPersian', () => {
  it('restores a paragraph put in visual order', () => {
    const broken = toVisualOrder(CLEAN_PERSIAN);
    expect(broken).not.toBe(CLEAN_PERSIAN);
    const r = repairBrokenPersian(broken);
    expect(r.text).toBe(CLEAN_PERSIAN);
    expect(r.changedLines).toBe(5);
    expect(detectBrokenPersian(r.text).reversed).toBe(false);
  });

  it('previews the first changed lines, before and after', () => {
    const broken = toVisualOrder(CLEAN_PERSIAN);
    const r = repairBrokenPersian(broken);
    expect(r.preview[0]).toEqual({
      line: 0,
      before: broken.split('\n')[0],
      after: CLEAN_PERSIAN.split('\n')[0],
    });
    expect(r.preview).toHaveLength(5);
  });

  it('leaves clean Persian, English and blank lines alone', () => {
    const text = `${CLEAN_PERSIAN}\n\nThe end (really).\n`;
    const r = repairBrokenPersian(text);
    expect(r.text).toBe(text);
    expect(r.changedLines).toBe(0);
    expect(r.preview).toEqual([]);
  });

  it('repairs only the broken lines of a mixed text, a short line following its paragraph', () => {
    const lines = CLEAN_PERSIAN.split('\n');
    const mixed = [
      lines[0],
      '',
      toVisualOrder(lines[1] ?? ''),
      toVisualOrder('کشور پیچیده'),
      '',
      lines[2],
    ].join('\n');
    const r = repairBrokenPersian(mixed);
    expect(r.text).toBe([lines[0], '', lines[1], 'کشور پیچیده', '', lines[2]].join('\n'));
  });

  it('moves punctuation glued to a prefix and mirrors brackets', () => {
    // As in seed 004: "مورد توجه قرار می‌گیرد." copied as "گیرد.می قرار توجه مورد".
    expect(repairLine('گیرد.می قرار توجه مورد')).toBe('مورد توجه قرار می\u200cگیرد.');
    expect(repairLine('اقتصاد( حوزه )در')).toBe('(در حوزه اقتصاد)');
  });
});
