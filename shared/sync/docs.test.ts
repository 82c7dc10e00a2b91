import { describe, expect, it } from 'vitest';
import { buildCode, buildCoding, buildProject } from '../db/test-builders';
import type { CodeId, DocumentId } from '../model/ids';
import { changesToDocs, docId, docsToChanges, parseDocId } from './docs';

const project = buildProject();
const code = buildCode({ projectId: project.id, name: 'Trust' });
const coding = buildCoding({
  projectId: project.id,
  documentId: 'd1' as DocumentId,
  codeId: code.id,
  start: 3,
  end: 9,
});
const stamp = { by: 'alice', origin: 'replica-a', at: 1000 };
const check = { projectId: project.id, textLength: () => undefined };

describe('rows ⇄ documents', () => {
  it('gives one document per row with _id "<table>:<id>" and the row whole', () => {
    const docs = changesToDocs(
      { codes: [{ before: null, after: code }], codings: [{ before: null, after: coding }] },
      stamp,
    );
    expect(docs.map((d) => d._id)).toEqual([`codes:${code.id}`, `codings:${coding.id}`]);
    expect(docs[1]).toEqual({
      _id: `codings:${coding.id}`,
      table: 'codings',
      row: coding,
      ...stamp,
    });
  });

  it('round-trips: documents read back are the rows written, before = the row here', () => {
    const renamed = { ...code, name: 'Confidence' };
    const docs = changesToDocs({ codes: [{ before: code, after: renamed }] }, stamp);
    const back = docsToChanges(
      docs,
      (t, id) => (t === 'codes' && id === code.id ? code : undefined),
      check,
    );
    expect(back).toEqual({ codes: [{ before: code, after: renamed }] });
  });

  it('a deletion travels as a tombstone and deletes the row here', () => {
    const docs = changesToDocs({ codings: [{ before: coding, after: null }] }, stamp);
    expect(docs).toEqual([
      { _id: `codings:${coding.id}`, _deleted: true, table: 'codings', ...stamp },
    ]);
    expect(docsToChanges(docs, () => coding, check)).toEqual({
      codings: [{ before: coding, after: null }],
    });
    // Deleting what is not here changes nothing.
    expect(docsToChanges(docs, () => undefined, check)).toEqual({});
  });

  it('a row changed twice in one set travels once, in its last state', () => {
    const b = { ...code, name: 'B' };
    const docs = changesToDocs(
      {
        codes: [
          { before: null, after: code },
          { before: code, after: b },
        ],
      },
      stamp,
    );
    expect(docs).toHaveLength(1);
    expect(docs[0]?.row).toEqual(b);
  });

  it('documents that are not rows (presence, the project) are ignored', () => {
    expect(parseDocId('presence:alice')).toBeNull();
    expect(parseDocId('project')).toBeNull();
    expect(parseDocId(docId('codes', 'x:y'))).toEqual({ table: 'codes', id: 'x:y' });
    expect(docsToChanges([{ _id: 'presence:alice' }], () => undefined, check)).toEqual({});
  });

  it('two coders coding the same passage are two documents', () => {
    const other = { ...coding, id: 'c2' as typeof coding.id, coderId: null, codeId: 'k' as CodeId };
    const docs = changesToDocs(
      {
        codings: [
          { before: null, after: coding },
          { before: null, after: other },
        ],
      },
      stamp,
    );
    expect(new Set(docs.map((d) => d._id)).size).toBe(2);
  });

  describe('rows from the server are checked before they are applied', () => {
    const send = (table: 'codes' | 'codings', row: object, id = (row as { id: string }).id) =>
      ({ _id: docId(table, id), table, row: row as { id: string }, ...stamp }) as const;
    const run = (docs: Parameters<typeof docsToChanges>[0], textLength = () => 20 as number) => {
      const rejected: { docId: string; problem: string }[] = [];
      const changes = docsToChanges(
        docs,
        () => undefined,
        { projectId: project.id, textLength },
        rejected,
      );
      return { changes, rejected: rejected.map((r) => r.docId) };
    };

    it('a valid row passes', () => {
      expect(run([send('codes', code)])).toEqual({
        changes: { codes: [{ before: null, after: code }] },
        rejected: [],
      });
    });
    it('a row of another local project is refused', () => {
      const other = { ...code, projectId: 'another-project' };
      expect(run([send('codes', other)])).toEqual({
        changes: {},
        rejected: [`codes:${code.id}`],
      });
    });
    it('a row whose id is not the id in _id is refused', () => {
      expect(run([send('codes', code, 'someone-else')]).rejected).toEqual(['codes:someone-else']);
    });
    it('a row of the wrong shape is refused', () => {
      expect(run([send('codes', { ...code, name: 42 })]).rejected).toHaveLength(1);
      expect(run([send('codings', { ...coding, start: '3' })]).rejected).toHaveLength(1);
    });
    it('a coding outside its text is refused; inside it, or the text unknown, passes', () => {
      // The document is 8 characters long: [3, 9) ends past it, [3, 8) ends at its end.
      expect(run([send('codings', coding)], () => 8).rejected).toHaveLength(1);
      expect(run([send('codings', { ...coding, end: 8 })], () => 8).rejected).toEqual([]);
      expect(run([send('codings', { ...coding, start: -1 })], () => 8).rejected).toHaveLength(1);
      expect(run([send('codings', coding)], () => undefined as unknown as number).rejected).toEqual(
        [],
      );
    });
    it('a text arriving in the same batch is the length a coding is checked against', () => {
      const text = {
        _id: docId('documentTexts', 'd1'),
        table: 'documentTexts' as const,
        row: { id: 'd1', projectId: project.id, text: 'abcdef' },
        ...stamp,
      };
      // Six characters: [3, 9) no longer fits even though the store thinks the text is 20 long.
      expect(run([text, send('codings', coding)]).rejected).toEqual([`codings:${coding.id}`]);
    });
  });
});
