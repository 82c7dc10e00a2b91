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
    const back = docsToChanges(docs, (t, id) =>
      t === 'codes' && id === code.id ? code : undefined,
    );
    expect(back).toEqual({ codes: [{ before: code, after: renamed }] });
  });

  it('a deletion travels as a tombstone and deletes the row here', () => {
    const docs = changesToDocs({ codings: [{ before: coding, after: null }] }, stamp);
    expect(docs).toEqual([
      { _id: `codings:${coding.id}`, _deleted: true, table: 'codings', ...stamp },
    ]);
    expect(docsToChanges(docs, () => coding)).toEqual({
      codings: [{ before: coding, after: null }],
    });
    // Deleting what is not here changes nothing.
    expect(docsToChanges(docs, () => undefined)).toEqual({});
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
    expect(docsToChanges([{ _id: 'presence:alice' }], () => undefined)).toEqual({});
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
});
