import { describe, expect, it } from 'vitest';
import { importMany } from './import-many';
import { buildDocx, utf8 } from './test-builders';

describe('importMany', () => {
  it('imports the readable files, names the others with a reason, and reports progress', async () => {
    const docx = await buildDocx([{ text: 'مصاحبه‌گر: سلام', bidi: true }]);
    const progress: [number, number, string][] = [];
    const result = await importMany(
      [
        { name: 'P01.docx', bytes: docx },
        { name: 'P02.docx', bytes: docx.slice(0, 100) },
        { name: 'P03.txt', bytes: utf8('Interviewer: hello') },
        { name: 'empty.txt', bytes: new Uint8Array() },
      ],
      (done, total, name) => progress.push([done, total, name]),
    );
    expect(result.imported.map((d) => [d.title, d.direction, d.speakers])).toEqual([
      ['P01', 'rtl', ['مصاحبه‌گر']],
      ['P03', 'ltr', ['Interviewer']],
    ]);
    expect(result.failed).toEqual([
      {
        name: 'P02.docx',
        reason: 'P02.docx is not a valid Word document (the file is damaged or truncated)',
        error: { code: 'import.notWord', params: { file: 'P02.docx' } },
      },
      {
        name: 'empty.txt',
        reason: 'empty.txt is empty',
        error: { code: 'import.empty', params: { file: 'empty.txt' } },
      },
    ]);
    expect(progress).toEqual([
      [1, 4, 'P01.docx'],
      [2, 4, 'P02.docx'],
      [3, 4, 'P03.txt'],
      [4, 4, 'empty.txt'],
    ]);
  });
});
