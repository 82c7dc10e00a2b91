import { describe, expect, it } from 'vitest';
import { type ChangeSet, invertChanges, sameFields, sameRow } from '../db/changes';
import { buildCode, buildCoding, buildDocument, buildProject } from '../db/test-builders';
import type { Code, Coding, DocumentMeta } from '../model/types';
import { checkReplay, type ReplayFacts, replayNeeds, rowKey } from './replay-check';

const projectId = buildProject().id;
const code = buildCode({ projectId, name: 'Trade' });
const { text: _text, ...docRest } = buildDocument({ projectId, title: 'Interview 2' });
const doc: DocumentMeta = { ...docRest, length: 40 };
const coding = buildCoding({ projectId, codeId: code.id, documentId: doc.id });

/** Facts where the database holds exactly `rows` (by rowKey) and every referenced row exists. */
function facts(rows: Record<string, unknown>, o: Partial<ReplayFacts> = {}): ReplayFacts {
  return {
    current: new Map(Object.entries(rows)),
    existing: new Set([rowKey('codes', code.id), rowKey('documents', doc.id)]),
    inUse: new Set(),
    ...o,
  };
}

const noNames = () => undefined;
const rename: ChangeSet = { codes: [{ before: code, after: { ...code, name: 'Commerce' } }] };

describe('sameRow and sameFields', () => {
  it('ignore key order and undefined keys, and see nested differences', () => {
    expect(sameRow({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1, d: undefined })).toBe(
      true,
    );
    expect(sameRow({ a: { c: [1, 2] } }, { a: { c: [2, 1] } })).toBe(false);
    expect(sameRow(null, {})).toBe(false);
  });

  it('compare only the fields a command sets', () => {
    const other: Code = { ...code, color: '#000000' };
    expect(sameFields(code, other, ['name'])).toBe(true);
    expect(sameFields(code, other, ['color'])).toBe(false);
    expect(sameFields(undefined, other, ['color'])).toBe(true);
  });
});

describe('replayNeeds', () => {
  it('asks for written rows, their outside references, and deleted rows', () => {
    const needs = replayNeeds({
      codes: [{ before: null, after: code }],
      codings: [{ before: null, after: coding }],
    });
    expect(needs.rows.get('codings')).toEqual([coding.id]);
    // The code is in the set: only the document must be looked up.
    expect([...needs.refs]).toEqual([['documents', [doc.id]]]);
    expect(needs.deleted.size).toBe(0);
    const undo = replayNeeds(invertChanges({ codes: [{ before: null, after: code }] }));
    expect(undo.deleted.get('codes')).toEqual([code.id]);
  });
});

describe('checkReplay', () => {
  const undo = invertChanges(rename);

  it('lets a step through when the rows are as the history left them', () => {
    const r = checkReplay(
      undo,
      facts({ [rowKey('codes', code.id)]: { ...code, name: 'Commerce' } }),
      'undo',
      noNames,
    );
    expect(r.ok).toBe(true);
  });

  it('refuses when another window changed a row, naming it as it is now', () => {
    const now = { ...code, name: 'Exchange' };
    const r = checkReplay(undo, facts({ [rowKey('codes', code.id)]: now }), 'undo', noNames);
    expect(r).toEqual({
      ok: false,
      reason: 'The code "Exchange" was changed in another window; undo was not applied.',
      error: {
        code: 'store.changedElsewhereNoUndo',
        params: { subject: { code: 'store.theCode', params: { name: 'Exchange' } } },
      },
    });
  });

  it('accepts a row already as the step would write it', () => {
    const r = checkReplay(undo, facts({ [rowKey('codes', code.id)]: code }), 'undo', noNames);
    expect(r.ok).toBe(true);
  });

  it('refuses when the row was deleted elsewhere', () => {
    const r = checkReplay(rename, facts({}), 'redo', noNames);
    expect(!r.ok && r.error).toEqual({
      code: 'store.deletedElsewhereNoRedo',
      params: { subject: { code: 'store.theCode', params: { name: 'Trade' } } },
    });
    expect(!r.ok && r.reason).toBe(
      'The code "Trade" was deleted in another window; redo was not applied.',
    );
  });

  it('refuses to write a coding whose code is gone, with the name this window remembers', () => {
    const add: ChangeSet = { codings: [{ before: null, after: coding }] };
    const f = facts({}, { existing: new Set([rowKey('documents', doc.id)]) });
    const r = checkReplay(add, f, 'redo', (t, id) =>
      t === 'codes' && id === code.id ? 'Trade' : undefined,
    );
    expect(!r.ok && r.error).toEqual({
      code: 'store.deletedElsewhereNoRedo',
      params: { subject: { code: 'store.theCode', params: { name: 'Trade' } } },
    });
    const unnamed = checkReplay(add, f, 'redo', noNames);
    expect(!unnamed.ok && unnamed.error).toEqual({
      code: 'store.deletedElsewhereNoRedo',
      params: { subject: { code: 'store.aCode', params: {} } },
    });
    expect(!unnamed.ok && unnamed.reason).toBe(
      'A code was deleted in another window; redo was not applied.',
    );
  });

  it('refuses to delete a row that other rows now use', () => {
    const drop = invertChanges({ codes: [{ before: null, after: code }] });
    const r = checkReplay(
      drop,
      facts({ [rowKey('codes', code.id)]: code }, { inUse: new Set([rowKey('codes', code.id)]) }),
      'undo',
      noNames,
    );
    expect(!r.ok && r.error).toEqual({
      code: 'store.usedElsewhereNoUndo',
      params: { subject: { code: 'store.theCode', params: { name: 'Trade' } } },
    });
  });

  it('checks the first expected and last written state of a row touched twice', () => {
    const moved: Coding = { ...coding, start: 1 };
    const twice: ChangeSet = {
      codings: [
        { before: coding, after: moved },
        { before: moved, after: { ...moved, end: 9 } },
      ],
    };
    const r = checkReplay(
      twice,
      facts({ [rowKey('codings', coding.id)]: coding }),
      'redo',
      noNames,
    );
    expect(r.ok).toBe(true);
  });
});
