import { describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '../model/snapshot';
import type { Document } from '../model/types';
import {
  buildCode,
  buildCoder,
  buildCoding,
  buildDocument,
  buildSnapshot,
} from '../db/test-builders';
import { planMerge } from './merge-plan';
import type { MergeBase } from './merge-types';

/** Ids made by the plan, in the order it asks for them: easy to recognise in assertions. */
function counter() {
  let n = 0;
  return () => `new-${++n}`;
}

const asBase = (s: ProjectSnapshot): MergeBase => ({ ...s, projectId: s.project.id });

/** The other coder's copy: the same project under another project id, as a .qdpx comes back. */
function theirCopy(s: ProjectSnapshot, o: Partial<ProjectSnapshot> = {}): ProjectSnapshot {
  return { ...s, project: { ...s.project, id: 'their-project' as never, name: 'B' }, ...o };
}

describe('planMerge: documents', () => {
  it('matches by id when the text is the same, then by normalized text', () => {
    const ours = buildSnapshot();
    const [fa, en] = ours.documents as [Document, Document];
    // Arabic ي/ك and a space for the half-space: the same text once normalized.
    const typed = fa.text.replace(/ی/g, 'ي').replace('همکاری‌های', 'همکاری های');
    expect(typed).not.toBe(fa.text);
    const theirs = theirCopy(ours, {
      documents: [en, { ...fa, id: 'their-fa' as never, text: typed }],
      codings: [],
    });
    const plan = planMerge(theirs, asBase(ours), counter());
    expect(plan.documents.matched).toEqual([
      { theirs: en.id, ours: en.id, label: en.title, by: 'id' },
      { theirs: 'their-fa', ours: fa.id, label: fa.title, by: 'text' },
    ]);
    expect(plan.documents.added).toEqual([]);
    expect(plan.conflicts).toEqual([]);
  });

  it('takes a document with our id but another text as a different document', () => {
    const ours = buildSnapshot();
    const en = ours.documents[1] as Document;
    const changed = { ...en, text: 'Another text altogether.' };
    const coding = buildCoding({
      projectId: ours.project.id,
      documentId: en.id,
      codeId: ours.codes[0]!.id,
      start: 0,
      end: 7,
    });
    const theirs = theirCopy(ours, { documents: [changed], codings: [coding] });
    const plan = planMerge(theirs, asBase(ours), counter());
    expect(plan.conflicts).toContainEqual({
      kind: 'documentTextDiffers',
      id: en.id,
      title: en.title,
    });
    expect(plan.documents.added.map((d) => [d.id, d.text])).toEqual([
      [expect.stringMatching(/^new-/), 'Another text altogether.'],
    ]);
    // Its coding goes with it, to the new document.
    expect(plan.codings.added.map((c) => c.documentId)).toEqual([plan.documents.added[0]!.id]);
  });
});

describe('planMerge: codes', () => {
  it('keeps our name when the same code id has another name, and reports it', () => {
    const ours = buildSnapshot();
    const [parent, child] = ours.codes;
    const theirs = theirCopy(ours, { codes: [{ ...parent!, name: 'Economics' }, child!] });
    const plan = planMerge(theirs, asBase(ours), counter());
    expect(plan.codes.added).toEqual([]);
    expect(plan.conflicts).toContainEqual({
      kind: 'codeRenamed',
      id: parent!.id,
      ours: 'Economy',
      theirs: 'Economics',
    });
  });

  it('matches by parent and normalized name, and places new codes under our parent', () => {
    const ours = buildSnapshot();
    const pid = ours.project.id;
    const root = buildCode({ projectId: pid, name: 'سیاست خارجی', order: 3 });
    const kid = buildCode({ projectId: pid, name: 'همکاری‌ها', parentId: root.id, order: 4 });
    const base = asBase({ ...ours, codes: [...ours.codes, root, kid] });
    // Their codes: other ids, Arabic ي, no half-space; plus one new child.
    const tRoot = buildCode({ projectId: pid, name: 'سياست  خارجي' });
    const tKid = buildCode({ projectId: pid, name: 'همکاري ها', parentId: tRoot.id });
    const tNew = buildCode({ projectId: pid, name: 'تحریم', parentId: tRoot.id });
    const theirs = theirCopy(ours, { codes: [tRoot, tKid, tNew], codings: [] });
    const plan = planMerge(theirs, base, counter());
    expect(plan.codes.matched.map((m) => [m.theirs, m.ours, m.by])).toEqual([
      [tRoot.id, root.id, 'path'],
      [tKid.id, kid.id, 'path'],
    ]);
    expect(plan.codes.added).toHaveLength(1);
    // Under our root, after our child (order 4).
    expect(plan.codes.added[0]).toMatchObject({ name: 'تحریم', parentId: root.id, order: 5 });
  });
});

describe('planMerge: coders and codings', () => {
  it('adds the other coder and their new coding once; identical codings are not duplicated', () => {
    const ours = buildSnapshot();
    const pid = ours.project.id;
    const [fa] = ours.documents as [Document];
    const a = ours.coders[0]!;
    const b = buildCoder({ projectId: pid, name: 'B' });
    const sameAsOurs = ours.codings[0]!;
    const byB = buildCoding({
      projectId: pid,
      documentId: fa.id,
      codeId: ours.codes[1]!.id,
      start: 7,
      end: 12,
      coderId: b.id,
    });
    const theirs = theirCopy(ours, {
      coders: [{ ...a, id: 'their-a' as never, name: ' coder  a ' }, b],
      codings: [
        ...ours.codings.map((c) => ({
          ...c,
          id: `copy-${c.id}` as never,
          coderId: c.coderId === a.id ? ('their-a' as never) : c.coderId,
        })),
        byB,
        byB,
      ],
    });
    const plan = planMerge(theirs, asBase(ours), counter());
    expect(plan.coders.matched).toEqual([
      { theirs: 'their-a', ours: a.id, label: a.name, by: 'name' },
    ]);
    expect(plan.coders.added).toEqual([{ id: 'new-1', projectId: pid, name: 'B' }]);
    // Three codings already here (one by coder A, mapped by name), B's once although listed twice.
    expect(plan.codings.alreadyHere).toBe(4);
    expect(plan.codings.added).toHaveLength(1);
    expect(plan.codings.added[0]).toMatchObject({
      documentId: fa.id,
      codeId: ours.codes[1]!.id,
      start: 7,
      end: 12,
      coderId: 'new-1',
      projectId: pid,
    });
    expect(sameAsOurs.coderId).toBeNull();
  });

  it('reports codings whose document is not in the file or whose range is outside the text', () => {
    const ours = buildSnapshot();
    const pid = ours.project.id;
    const [fa] = ours.documents as [Document];
    const lost = buildCoding({
      projectId: pid,
      documentId: 'nowhere' as never,
      codeId: ours.codes[0]!.id,
    });
    const past = buildCoding({
      projectId: pid,
      documentId: fa.id,
      codeId: ours.codes[0]!.id,
      start: 2,
      end: fa.text.length + 1,
    });
    const plan = planMerge(theirCopy(ours, { codings: [lost, past] }), asBase(ours), counter());
    expect(plan.conflicts).toEqual([
      { kind: 'codingUnmatched', id: lost.id, reason: 'document' },
      { kind: 'codingUnmatched', id: past.id, reason: 'range' },
    ]);
    expect(plan.codings.added).toEqual([]);
  });

  it('merging a project into itself adds nothing', () => {
    const ours = buildSnapshot();
    const plan = planMerge(ours, asBase(ours), counter());
    const added = [
      plan.documents,
      plan.codes,
      plan.coders,
      plan.cases,
      plan.attributes,
      plan.codings,
      plan.memos,
    ];
    expect(added.map((x) => x.added.length)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.codings.alreadyHere).toBe(3);
  });
});

describe('planMerge: new documents bring their case, with values of matched attributes', () => {
  it('maps the case and its values to our attribute', () => {
    const ours = buildSnapshot();
    const pid = ours.project.id;
    const attr = ours.attributes[0]!;
    const theirAttr = { ...attr, id: 'their-attr' as never };
    const kase = {
      id: 'their-case' as never,
      projectId: pid,
      name: 'کارشناس ۹',
      description: '',
      values: { 'their-attr': 1403 },
    };
    const doc = buildDocument({ projectId: pid, text: 'A new interview.', caseId: kase.id });
    const theirs = theirCopy(ours, {
      attributes: [theirAttr],
      cases: [kase],
      documents: [doc],
      codings: [],
      memos: [],
    });
    const plan = planMerge(theirs, asBase(ours), counter());
    expect(plan.attributes.matched.map((m) => m.by)).toEqual(['name']);
    const [added] = plan.cases.added;
    expect(added).toEqual({
      ...kase,
      id: expect.stringMatching(/^new-/),
      values: { [attr.id]: 1403 },
    });
    expect(plan.documents.added[0]?.caseId).toBe(added?.id);
  });
});

describe('planMerge: two cases with one name', () => {
  it('tells them apart by the documents they belong to', () => {
    const ours = buildSnapshot();
    const pid = ours.project.id;
    const [fa, en] = ours.documents as [Document, Document];
    // One person interviewed twice: two cases, one name, one document each.
    const c1 = {
      id: 'ours-1' as never,
      projectId: pid,
      name: 'ابراهیم',
      description: '',
      values: {},
    };
    const c2 = { ...c1, id: 'ours-2' as never };
    const base = asBase({
      ...ours,
      cases: [c1, c2],
      documents: [
        { ...fa, caseId: c1.id },
        { ...en, caseId: c2.id },
      ],
    });
    const t1 = { ...c1, id: 'theirs-1' as never };
    const t2 = { ...c1, id: 'theirs-2' as never };
    const theirs = theirCopy(ours, {
      cases: [t1, t2],
      // Their copy under new ids, listed the other way round.
      documents: [
        { ...en, id: 'their-en' as never, caseId: t1.id },
        { ...fa, id: 'their-fa' as never, caseId: t2.id },
      ],
      codings: [],
    });
    const plan = planMerge(theirs, base, counter());
    expect(plan.cases.added).toEqual([]);
    expect(plan.cases.matched.map((m) => [m.theirs, m.ours, m.by])).toEqual([
      ['theirs-1', 'ours-2', 'document'],
      ['theirs-2', 'ours-1', 'document'],
    ]);
  });
});
