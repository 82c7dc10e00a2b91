import { describe, expect, it } from 'vitest';
import { stripMarkdown } from './markdown';

describe('stripMarkdown', () => {
  it('removes heading, emphasis, link, image, code and quote syntax, keeping lines', () => {
    const md = [
      '## عنوان ##',
      '> quoted **bold** and __also__ and ~~gone~~',
      '1. numbered [link](https://a.b "t") ![alt text](img.png)',
      '* star item with `code`',
      '- [x] done task',
      '---',
      '```',
      'kept *as is*',
      '```',
      'Escaped \\*stars\\* stay.',
    ].join('\n');
    expect(stripMarkdown(md)).toBe(
      [
        'عنوان',
        'quoted bold and also and gone',
        '1. numbered link alt text',
        'star item with code',
        'done task',
        'kept *as is*',
        'Escaped *stars* stay.',
      ].join('\n'),
    );
  });

  it('leaves arithmetic, snake_case and raw HTML alone', () => {
    const s = '5 * 3 = 15 and 2 * 4; file_name_here; <b>x</b> <script>y</script>';
    expect(stripMarkdown(s)).toBe(s);
  });
});
