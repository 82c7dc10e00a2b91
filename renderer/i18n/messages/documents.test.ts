import { describe, expect, it } from 'vitest';
import { documentsEn, documentsFa, type DocumentsKey } from './documents';

// A button whose accessible name (`xLabel`) differs from its visible text (`x`) must begin with
// that text (WCAG 2.5.3, label in name; axe's label-content-name-mismatch): a voice-control user
// says the words on the button. These pairs are the visible text and the name of one control.
const PAIRS: readonly (readonly [DocumentsKey, DocumentsKey])[] = [
  ['transcript.setRange', 'transcript.setRangeLabel'],
  ['documents.rename', 'documents.renameLabel'],
  ['documents.delete', 'documents.deleteLabel'],
  ['transcript.undo', 'transcript.undoLabel'],
  ['transcript.redo', 'transcript.redoLabel'],
];

describe('label in name (documents catalog)', () => {
  for (const [catalog, messages] of [
    ['en', documentsEn],
    ['fa', documentsFa],
  ] as const) {
    it.each(PAIRS)(`${catalog}: the name of %s begins with its visible text`, (shown, name) => {
      expect(messages[name].startsWith(messages[shown])).toBe(true);
    });
  }

  it('names the code after the visible words of "set range"', () => {
    expect(documentsEn['transcript.setRangeLabel']).toBe('Set range to selection: {code}');
    expect(documentsFa['transcript.setRangeLabel']).toBe('تنظیم بازه بر گزینش: {code}');
  });
});
