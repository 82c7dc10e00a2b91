import { describe, expect, it } from 'vitest';
import { exportFileStem } from './file-name';

describe('exportFileStem', () => {
  it('keeps a Persian name with its half-space', () => {
    expect(exportFileStem('گفت\u200cوگوی رسمی')).toBe('گفت\u200cوگوی رسمی');
  });
  it('drops separators, control characters and bidi controls', () => {
    expect(exportFileStem('a/b:c*?"<>|\u0001d')).toBe('a b c d');
    expect(exportFileStem('report\u202efdp.exe')).toBe('reportfdp.exe');
    expect(exportFileStem('\u2067مطالعه\u2069\u200f')).toBe('مطالعه');
  });
  it('never gives an empty name', () => {
    expect(exportFileStem('   ')).toBe('mazmun-project');
    expect(exportFileStem('\u202e\u202c')).toBe('mazmun-project');
  });
});
