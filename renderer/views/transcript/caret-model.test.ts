import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../../shared/text/paragraphs';
import { caretRange, keyToMove, moveCaret, moveOffset, paragraphAt } from './caret-model';

// Offsets by hand: "one two" is 0..7, the blank line is 7..9, "سه چهار" is 9..16.
const TEXT = 'one two\n\nسه چهار';
const PARAS = splitParagraphs(TEXT);

describe('caret model', () => {
  it('reads the paragraphs the test assumes', () => {
    expect(PARAS.map((p) => [p.start, p.end])).toEqual([
      [0, 7],
      [9, 16],
    ]);
  });

  it('finds the paragraph of an offset, the next one between paragraphs', () => {
    expect(paragraphAt(PARAS, 0)).toBe(0);
    expect(paragraphAt(PARAS, 7)).toBe(0);
    expect(paragraphAt(PARAS, 8)).toBe(1);
    expect(paragraphAt(PARAS, 16)).toBe(1);
  });

  it('moves by character inside a paragraph and jumps the line breaks between them', () => {
    expect(moveOffset(TEXT, PARAS, 3, 'char-forward')).toBe(4);
    expect(moveOffset(TEXT, PARAS, 7, 'char-forward')).toBe(9);
    expect(moveOffset(TEXT, PARAS, 9, 'char-backward')).toBe(7);
    expect(moveOffset(TEXT, PARAS, 0, 'char-backward')).toBe(0);
    expect(moveOffset(TEXT, PARAS, 16, 'char-forward')).toBe(16);
  });

  it('never stops inside a surrogate pair', () => {
    const text = 'a😀b';
    const paras = splitParagraphs(text);
    expect(moveOffset(text, paras, 1, 'char-forward')).toBe(3);
    expect(moveOffset(text, paras, 3, 'char-backward')).toBe(1);
  });

  it('moves by word: to the end of the next word, to the start of the previous one', () => {
    expect(moveOffset(TEXT, PARAS, 0, 'word-forward')).toBe(3);
    expect(moveOffset(TEXT, PARAS, 3, 'word-forward')).toBe(7);
    expect(moveOffset(TEXT, PARAS, 7, 'word-backward')).toBe(4);
    // Persian: "سه" is 9..11, "چهار" 12..16.
    expect(moveOffset(TEXT, PARAS, 9, 'word-forward')).toBe(11);
    expect(moveOffset(TEXT, PARAS, 16, 'word-backward')).toBe(12);
  });

  it('keeps a Persian half-space (ZWNJ) inside its word', () => {
    const text = 'می\u200cروم حالا';
    expect(moveOffset(text, splitParagraphs(text), 0, 'word-forward')).toBe(6);
  });

  it('goes to paragraph and document ends', () => {
    expect(moveOffset(TEXT, PARAS, 5, 'para-start')).toBe(0);
    expect(moveOffset(TEXT, PARAS, 5, 'para-end')).toBe(7);
    expect(moveOffset(TEXT, PARAS, 5, 'para-next')).toBe(9);
    expect(moveOffset(TEXT, PARAS, 12, 'para-prev')).toBe(9);
    expect(moveOffset(TEXT, PARAS, 9, 'para-prev')).toBe(0);
    expect(moveOffset(TEXT, PARAS, 5, 'doc-end')).toBe(16);
    expect(moveOffset(TEXT, PARAS, 12, 'doc-start')).toBe(0);
  });

  it('reads left and right by the paragraph direction', () => {
    expect(keyToMove('ArrowRight', { ctrl: false }, 'ltr')).toBe('char-forward');
    expect(keyToMove('ArrowLeft', { ctrl: false }, 'rtl')).toBe('char-forward');
    expect(keyToMove('ArrowRight', { ctrl: true }, 'rtl')).toBe('word-backward');
    expect(keyToMove('ArrowDown', { ctrl: false }, 'ltr')).toBe('line-down');
    expect(keyToMove('End', { ctrl: true }, 'ltr')).toBe('doc-end');
    expect(keyToMove('a', { ctrl: false }, 'ltr')).toBeNull();
  });

  it('extends from the anchor with Shift, moves both ends without', () => {
    const at = { anchor: 4, focus: 4 };
    const grown = moveCaret(moveCaret(at, 5, true), 7, true);
    expect(grown).toEqual({ anchor: 4, focus: 7 });
    expect(caretRange(grown)).toEqual({ start: 4, end: 7 });
    // Backwards past the anchor: the range is ordered.
    expect(caretRange(moveCaret(grown, 2, true))).toEqual({ start: 2, end: 4 });
    expect(moveCaret(grown, 9, false)).toEqual({ anchor: 9, focus: 9 });
    expect(caretRange({ anchor: 3, focus: 3 })).toBeNull();
  });
});
