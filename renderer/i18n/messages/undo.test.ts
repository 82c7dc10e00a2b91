import { describe, expect, it } from 'vitest';
import { COMMAND_KINDS } from '../../../shared/store/undo-stack';
import { undoEn, undoFa } from './undo';

// Every undoable command has words in both languages: a new CommandKind added to COMMAND_KINDS
// without them fails here (the live region would otherwise say the internal kind, in English).
describe('undo messages', () => {
  it.each(COMMAND_KINDS)('has en and fa words for %s, with the subject last', (kind) => {
    for (const messages of [undoEn, undoFa]) {
      const text = messages[`undo.cmd.${kind}`];
      expect(text).toMatch(/\S \{subject\}$/);
      expect(text).not.toContain(kind);
    }
  });

  it('says the Persian words in Persian letters only', () => {
    for (const kind of COMMAND_KINDS) {
      const words = undoFa[`undo.cmd.${kind}`].replace('{subject}', '');
      expect(words, kind).not.toMatch(/[A-Za-z]/);
    }
  });

  it('has no message for a kind that does not exist', () => {
    const kinds = Object.keys(undoEn)
      .filter((k) => k.startsWith('undo.cmd.'))
      .map((k) => k.slice('undo.cmd.'.length));
    expect(kinds.sort()).toEqual([...COMMAND_KINDS].sort());
    expect(Object.keys(undoFa).sort()).toEqual(Object.keys(undoEn).sort());
  });
});
