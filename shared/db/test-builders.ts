// Test-data builders with overrides (DEVELOPERS.md rule 10). For tests only: every builder
// returns a valid domain value; pass overrides for what the test is about.
import { newId, type ProjectId } from '../model/ids';
import type { ProjectSnapshot } from '../model/snapshot';
import type { DocumentSet } from '../model/sets';
import type { Attribute, Case, Code, Coder, Coding, Document, Memo, Project } from '../model/types';

const T0 = Date.UTC(2025, 0, 1);

export function buildProject(o: Partial<Project> = {}): Project {
  return {
    id: newId<'ProjectId'>(),
    name: 'دیپلماسی ایران و آذربایجان',
    description: '',
    language: 'fa',
    createdAt: T0,
    updatedAt: T0,
    ...o,
  };
}

export function buildDocument(o: Partial<Document> & { projectId: ProjectId }): Document {
  return {
    id: newId<'DocumentId'>(),
    title: 'مصاحبه ۱',
    text: 'روابط ایران و آذربایجان در سال ۱۴۰۲ بهبود یافت. همکاری‌های اقتصادی مهم است.',
    direction: 'rtl',
    caseId: null,
    createdAt: T0,
    ...o,
  };
}

export function buildCode(o: Partial<Code> & { projectId: ProjectId }): Code {
  return {
    id: newId<'CodeId'>(),
    parentId: null,
    name: 'همکاری اقتصادی',
    description: '',
    whenToUse: '',
    whenNotToUse: '',
    example: '',
    color: '#4363d8',
    order: 0,
    ...o,
  };
}

export function buildCoding(
  o: Partial<Coding> & Pick<Coding, 'projectId' | 'documentId' | 'codeId'>,
): Coding {
  return {
    id: newId<'CodingId'>(),
    start: 0,
    end: 5,
    coderId: null,
    memo: '',
    createdAt: T0,
    ...o,
  };
}

export function buildCase(o: Partial<Case> & { projectId: ProjectId }): Case {
  return { id: newId<'CaseId'>(), name: 'کارشناس ۱', description: '', values: {}, ...o };
}

export function buildAttribute(o: Partial<Attribute> & { projectId: ProjectId }): Attribute {
  return {
    id: newId<'AttributeId'>(),
    name: 'سال مصاحبه',
    type: 'year',
    options: [],
    calendar: 'solar-hijri',
    order: 0,
    ...o,
  };
}

export function buildMemo(o: Partial<Memo> & { projectId: ProjectId }): Memo {
  return {
    id: newId<'MemoId'>(),
    target: { kind: 'project' },
    title: 'یادداشت',
    text: '',
    createdAt: T0,
    updatedAt: T0,
    ...o,
  };
}

export function buildCoder(o: Partial<Coder> & { projectId: ProjectId }): Coder {
  return { id: newId<'CoderId'>(), name: 'Coder A', ...o };
}

export function buildSet(o: Partial<DocumentSet> & { projectId: ProjectId }): DocumentSet {
  return {
    id: newId<'SetId'>(),
    name: 'مصاحبه‌های زنان',
    kind: 'manual',
    documentIds: [],
    rule: null,
    description: '',
    createdAt: T0,
    ...o,
  };
}

/**
 * A small consistent project: 2 documents (Persian, English), a case with a year value,
 * a parent code with a child, 3 codings, a coder and a memo. Overrides replace whole lists.
 */
export function buildSnapshot(o: Partial<ProjectSnapshot> = {}): ProjectSnapshot {
  const project = o.project ?? buildProject();
  const projectId = project.id;
  const attribute = buildAttribute({ projectId });
  const kase = buildCase({ projectId, values: { [attribute.id]: 1402 } });
  const fa = buildDocument({ projectId, caseId: kase.id, createdAt: T0 });
  const en = buildDocument({
    projectId,
    title: 'Interview 2',
    text: 'Trade between the two countries grew. Security matters too.',
    direction: 'ltr',
    createdAt: T0 + 1,
  });
  const parent = buildCode({ projectId, name: 'Economy', order: 0 });
  const child = buildCode({ projectId, name: 'Trade', parentId: parent.id, order: 0 });
  const coder = buildCoder({ projectId });
  const phrase = 'همکاری‌های اقتصادی';
  const at = fa.text.indexOf(phrase);
  const codings = [
    buildCoding({ projectId, documentId: fa.id, codeId: parent.id, start: 0, end: 6 }),
    buildCoding({
      projectId,
      documentId: fa.id,
      codeId: child.id,
      start: at,
      end: at + phrase.length,
    }),
    buildCoding({
      projectId,
      documentId: en.id,
      codeId: child.id,
      start: 0,
      end: 5,
      coderId: coder.id,
    }),
  ];
  return {
    project,
    documents: [fa, en],
    cases: [kase],
    attributes: [attribute],
    codes: [parent, child],
    codings,
    memos: [buildMemo({ projectId, target: { kind: 'code', id: parent.id } })],
    coders: [coder],
    sets: [buildSet({ projectId, documentIds: [fa.id] })],
    ...o,
  };
}

/** A bigger generated project for chunking and scale tests. */
export function buildSnapshotOfSize(size: {
  readonly documents: number;
  readonly codes: number;
  readonly codingsPerDocument: number;
}): ProjectSnapshot {
  const project = buildProject({ name: 'Generated' });
  const projectId = project.id;
  const text = 'Lorem ipsum dolor sit amet. '.repeat(40);
  const documents = Array.from({ length: size.documents }, (_, i) =>
    buildDocument({ projectId, title: `D${i + 1}`, text, direction: 'ltr', createdAt: T0 + i }),
  );
  const codes = Array.from({ length: size.codes }, (_, i) =>
    buildCode({ projectId, name: `C${i + 1}`, order: i }),
  );
  const codings = documents.flatMap((d, di) =>
    Array.from({ length: size.codingsPerDocument }, (_, k) =>
      buildCoding({
        projectId,
        documentId: d.id,
        codeId: (codes[(di + k) % codes.length] as Code).id,
        start: k,
        end: k + 10,
      }),
    ),
  );
  return { project, documents, cases: [], attributes: [], codes, codings, memos: [], coders: [] };
}

/**
 * Two coders at work on one project: the set-up of the agreement, coder-filter and report tests.
 * `a` and `b` are named Ana and Bita unless `names` says otherwise; `at(coderId, document, code,
 * start, end)` is a coding by that coder (null: nobody's); `snapshot(o)` is a backup holding just
 * what the test passes (no sample cases, attributes, memos or sets) and the two coders.
 */
export function buildTwoCoders(
  o: { readonly project?: Partial<Project>; readonly names?: readonly [string, string] } = {},
) {
  const project = buildProject(o.project);
  const projectId = project.id;
  const [nameA, nameB] = o.names ?? ['Ana', 'Bita'];
  const a = buildCoder({ projectId, name: nameA });
  const b = buildCoder({ projectId, name: nameB });
  const at = (
    coderId: Coder['id'] | null,
    document: Pick<Document, 'id'>,
    code: Pick<Code, 'id'>,
    start: number,
    end: number,
  ): Coding =>
    buildCoding({ projectId, documentId: document.id, codeId: code.id, coderId, start, end });
  const snapshot = (s: Partial<ProjectSnapshot> = {}): ProjectSnapshot =>
    buildSnapshot({
      project,
      cases: [],
      attributes: [],
      memos: [],
      sets: [],
      coders: [a, b],
      ...s,
    });
  return { project, projectId, a, b, at, snapshot };
}

/**
 * Another coder's copy of `ours` as a merge reads it back: `ours` with a coder (named B unless
 * `name` says otherwise) and the codings `by(coder)` makes added; `o` replaces whole fields after.
 */
export function buildOtherCoderCopy(
  ours: ProjectSnapshot,
  by: (coder: Coder) => readonly Coding[],
  o: { readonly name?: string } & Partial<ProjectSnapshot> = {},
): { readonly theirs: ProjectSnapshot; readonly coder: Coder } {
  const { name = 'B', ...rest } = o;
  const coder = buildCoder({ projectId: ours.project.id, name });
  const theirs: ProjectSnapshot = {
    ...ours,
    coders: [...ours.coders, coder],
    codings: [...ours.codings, ...by(coder)],
    ...rest,
  };
  return { theirs, coder };
}
