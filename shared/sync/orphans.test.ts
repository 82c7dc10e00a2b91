import { describe, expect, it } from 'vitest';
import { buildCode, buildCoding, buildProject } from '../db/test-builders';
import type { DocumentId } from '../model/ids';
import { planRemote, type LocalView } from './orphans';

const p = buildProject();
const code = buildCode({ projectId: p.id, name: 'Trust' });
const d1 = 'd1' as DocumentId;
const mine = buildCoding({ projectId: p.id, documentId: d1, codeId: code.id });

function here(o: Partial<LocalView> = {}): LocalView {
  return {
    hasCode: () => true,
    hasDocument: () => true,
    codingsOfCode: () => [],
    ...o,
  };
}

describe('a code deleted elsewhere while coded here', () => {
  it('is not deleted here and is re-published when codings here still use it', () => {
    const plan = planRemote(
      { codes: [{ before: code, after: null }] },
      here({ codingsOfCode: (id) => (id === code.id ? [mine.id] : []) }),
    );
    expect(plan.changes.codes).toEqual([]);
    expect(plan.revive).toEqual([code]);
  });

  it('is deleted when the same change deletes all its codings here', () => {
    const plan = planRemote(
      { codes: [{ before: code, after: null }], codings: [{ before: mine, after: null }] },
      here({ codingsOfCode: () => [mine.id] }),
    );
    expect(plan.changes.codes).toHaveLength(1);
    expect(plan.revive).toEqual([]);
  });

  it('a coding whose code is not here waits instead of being dropped', () => {
    const plan = planRemote(
      { codings: [{ before: null, after: mine }] },
      here({ hasCode: () => false }),
    );
    expect(plan.changes.codings).toEqual([]);
    expect(plan.waiting).toEqual([`codings:${mine.id}`]);
  });

  it('a coding arriving with its code in the same batch is applied', () => {
    const plan = planRemote(
      { codes: [{ before: null, after: code }], codings: [{ before: null, after: mine }] },
      here({ hasCode: () => false }),
    );
    expect(plan.changes.codings).toHaveLength(1);
    expect(plan.waiting).toEqual([]);
  });
});
