// The memo manager limited to a set: which memos stay, chosen by hand for a small project with a
// manual set of one document out of two.
import { describe, expect, it } from 'vitest';
import { memoEntries } from '../../shared/analysis/memo-entries';
import {
  buildCase,
  buildCode,
  buildCoding,
  buildDocument,
  buildMemo,
  buildProject,
  buildSet,
} from '../../shared/db/test-builders';
import { CodingIndex } from '../../shared/store/coding-index';
import { analysisScope } from './analysis-scope';
import { memoEntriesInScope, memoOutsideSets } from './memo-scope';

const projectId = buildProject().id;
const inCase = buildCase({ projectId, name: 'in' });
const outCase = buildCase({ projectId, name: 'out' });
const din = buildDocument({ projectId, title: 'in', caseId: inCase.id });
const dout = buildDocument({ projectId, title: 'out', caseId: outCase.id });
const code = buildCode({ projectId, name: 'کد' });
const set = buildSet({ projectId, name: 'یکی', documentIds: [din.id] });
const codingIn = buildCoding({ projectId, documentId: din.id, codeId: code.id, memo: 'درون' });
const codingOut = buildCoding({ projectId, documentId: dout.id, codeId: code.id, memo: 'بیرون' });
const memos = [
  buildMemo({ projectId, title: 'project', target: { kind: 'project' } }),
  buildMemo({ projectId, title: 'code', target: { kind: 'code', id: code.id } }),
  buildMemo({ projectId, title: 'doc in', target: { kind: 'document', id: din.id } }),
  buildMemo({ projectId, title: 'doc out', target: { kind: 'document', id: dout.id } }),
  buildMemo({ projectId, title: 'case in', target: { kind: 'case', id: inCase.id } }),
  buildMemo({ projectId, title: 'case out', target: { kind: 'case', id: outCase.id } }),
];
const documents = [din, dout].map(({ text, ...meta }) => ({ ...meta, length: text.length }));
const cases = [inCase, outCase];
const codings = [codingIn, codingOut];
const entries = memoEntries({ memos, codings, documents, codes: [code], cases });
const state = { sets: [set], documents, cases, codings: new CodingIndex(codings) };
const label = (e: (typeof entries)[number]) => (e.kind === 'coding' ? e.text : e.title);

describe('memoEntriesInScope', () => {
  it('without a set keeps every memo', () => {
    expect(memoEntriesInScope(entries, analysisScope(state, null))).toHaveLength(8);
  });

  it('with a set keeps memos on its documents, their codings and cases, and project and code memos', () => {
    const kept = memoEntriesInScope(entries, analysisScope(state, set.id)).map(label).sort();
    expect(kept).toEqual(['case in', 'code', 'doc in', 'project', 'درون'].sort());
  });

  it('says which kinds are on no document', () => {
    expect(
      ['project', 'code', 'document', 'coding', 'case'].map((kind) =>
        memoOutsideSets({ kind: kind as 'project' }),
      ),
    ).toEqual([true, true, false, false, false]);
  });
});
