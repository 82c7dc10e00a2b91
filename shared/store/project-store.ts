// The in-memory project store the UI uses: every command writes through a repository (one
// transaction), then applies the very same changes to memory, records them for undo, and tells
// other windows. Commands resolve to Result values and never throw.
import { refuse } from '../errors';
import type { MazmunDb } from '../db/database';
import {
  type AttributePatch,
  createAttribute,
  deleteAttribute,
  type NewAttribute,
  updateAttribute,
} from '../db/attributes-repo';
import {
  type CasePatch,
  createCase,
  deleteCase,
  linkDocumentsToCases,
  type NewCase,
  setDocumentLabel,
  updateCase,
} from '../db/cases-repo';
import type { DocumentCaseLink } from '../cases/document-case-match';
import { type CasesImportOutcome, importCasesFromPlan } from '../db/cases-import-repo';
import type { ImportPlan } from '../cases/csv-import-plan';
import { moveCode, mergeCodes } from '../db/code-tree-ops';
import { createCoder, deleteCoder, renameCoder } from '../db/coders-repo';
import { type CodePatch, createCode, deleteCode, type NewCode, updateCode } from '../db/codes-repo';
import {
  addCodings,
  type CodingPatch,
  deleteCoding,
  type NewCoding,
  updateCoding,
} from '../db/codings-repo';
import {
  addDocuments,
  deleteDocument,
  getDocumentText,
  type NewDocument,
  renameDocument,
  setDocumentCase,
  setDocumentDirection,
} from '../db/documents-repo';
import { applyMerge, type MergeOutcome } from '../db/merge-repo';
import { createMemo, deleteMemo, type NewMemo, updateMemo } from '../db/memos-repo';
import type { MergePlan } from '../exchange/merge-types';
import { updateProject } from '../db/projects-repo';
import type {
  AttributeId,
  CaseId,
  CodeId,
  CoderId,
  CodingId,
  DocumentId,
  MemoId,
  ProjectId,
} from '../model/ids';
import { ok, type Result } from '../model/snapshot';
import type {
  Attribute,
  Case,
  Code,
  Coder,
  Coding,
  Direction,
  DocumentMeta,
  Memo,
} from '../model/types';
import { StoreCore } from './store-core';
import { type NormalizeCommands, normalizeCommands } from './normalize-commands';
import { type SetCommands, setCommands } from './sets-commands';
import type { CommandKind } from './undo-stack';

export type { ProjectState } from './store-state';

export class ProjectStore extends StoreCore {
  /** Use openProjectStore. */
  static async open(db: MazmunDb, projectId: ProjectId): Promise<ProjectStore> {
    const { memory, repaired } = await StoreCore.loadMemory(db, projectId);
    return new ProjectStore(db, projectId, memory, repaired);
  }

  private codeName(id: CodeId): string {
    return this.codeById(id)?.name ?? '';
  }
  private codeById(id: CodeId): Code | undefined {
    return this.getState().codes.find((c) => c.id === id);
  }
  private doc(id: DocumentId): DocumentMeta | undefined {
    return this.getState().documents.find((d) => d.id === id);
  }
  private docTitle(id: DocumentId): string {
    return this.doc(id)?.title ?? '';
  }
  private l(kind: CommandKind, subject = '', more: { count?: number; target?: string } = {}) {
    return { kind, subject, ...more };
  }

  /** Document sets (issue 13.4): create, update, members, delete; each one undo step. */
  readonly sets: SetCommands = setCommands(
    this.db,
    this.projectId,
    (l, w) => this.command(l, w),
    this.getState,
  );

  /** Normalization on demand (issue 11): a document's text with its codings, or all code names. */
  readonly normalize: NormalizeCommands = normalizeCommands(
    this.db,
    this.projectId,
    (l, w) => this.command(l, w),
    this.getState,
  );

  /** This window's coder (the shell's chooser sets it): stamped on every coding made here. */
  private coder: CoderId | null = null;
  get currentCoder(): CoderId | null {
    return this.coder;
  }
  setCurrentCoder(id: CoderId | null): void {
    this.coder = id;
  }
  /** A new coding gets this window's coder unless its caller chose one (null included). */
  private stamp<T extends { readonly coderId?: CoderId | null }>(input: T): T {
    return input.coderId === undefined ? { ...input, coderId: this.coder } : input;
  }

  // --- codings ---
  /** Codes a passage; offsets are UTF-16, already snapped to graphemes by the caller. */
  async addCoding(input: NewCoding): Promise<Result<Coding>> {
    const r = await this.addCodings([input]);
    return r.ok ? ok(r.data[0] as Coding) : r;
  }
  /** Codes many passages in one transaction and one undo step (e.g. auto-coding). */
  addCodings(inputs: readonly NewCoding[]): Promise<Result<Coding[]>> {
    const subject = inputs.length === 1 && inputs[0] ? this.codeName(inputs[0].codeId) : '';
    return this.command(this.l('add-coding', subject), () =>
      addCodings(
        this.db,
        this.projectId,
        inputs.map((i) => this.stamp(i)),
      ),
    );
  }
  updateCoding(id: CodingId, patch: CodingPatch): Promise<Result<Coding>> {
    const c = this.getState().codings.get(id);
    return this.command(this.l('update-coding', c ? this.codeName(c.codeId) : ''), () =>
      updateCoding(this.db, id, patch),
    );
  }
  removeCoding(id: CodingId): Promise<Result<Coding>> {
    const c = this.getState().codings.get(id);
    return this.command(this.l('remove-coding', c ? this.codeName(c.codeId) : ''), () =>
      deleteCoding(this.db, id),
    );
  }

  // --- codebook ---
  createCode(input: NewCode): Promise<Result<Code>> {
    return this.command(this.l('create-code', input.name.trim()), () =>
      createCode(this.db, this.projectId, input),
    );
  }
  /**
   * Creates a code and codes passages with it in ONE transaction and ONE undo step (the picker's
   * "Create “…”" on a selection, "code all hits" with a new code).
   */
  async createCodeAndApply(
    input: NewCode,
    passages: readonly Omit<NewCoding, 'codeId'>[],
  ): Promise<Result<{ code: Code; codings: Coding[] }>> {
    const r = await this.commandInOneStep(
      this.l('create-code', input.name.trim()),
      () => createCode(this.db, this.projectId, input),
      (code) =>
        addCodings(
          this.db,
          this.projectId,
          passages.map((p) => this.stamp({ ...p, codeId: code.id })),
        ),
    );
    return r.ok ? ok({ code: r.data.first, codings: r.data.second }) : r;
  }
  /**
   * `seen`: the code as the editor showed it (defaults to this window's memory); the update is
   * refused if another window changed a field it sets since then.
   */
  updateCode(id: CodeId, patch: CodePatch, seen = this.codeById(id)): Promise<Result<Code>> {
    return this.command(this.l('update-code', this.codeName(id)), () =>
      updateCode(this.db, id, patch, seen),
    );
  }
  /** Reparents (null = root) and places the code at `index` among its new siblings. */
  moveCode(id: CodeId, parentId: CodeId | null, index: number): Promise<Result<Code>> {
    return this.command(this.l('move-code', this.codeName(id)), () =>
      moveCode(this.db, id, parentId, index),
    );
  }
  /** Merges `sourceId` into `targetId`; resolves to the target code. */
  mergeCodes(sourceId: CodeId, targetId: CodeId): Promise<Result<Code>> {
    // Two names, not "A → B": an arrow inside a right-to-left sentence points the wrong way.
    const label = this.l('merge-codes', this.codeName(sourceId), {
      target: this.codeName(targetId),
    });
    return this.command(label, () => mergeCodes(this.db, sourceId, targetId));
  }
  /** Deletes the code, its sub-codes and their codings; resolves to the number of codes deleted. */
  deleteCode(id: CodeId): Promise<Result<number>> {
    return this.command(this.l('delete-code', this.codeName(id)), () => deleteCode(this.db, id));
  }

  // --- documents ---
  /** One document by its title, several by their number. */
  private documentsLabel(docs: readonly NewDocument[]) {
    return docs.length === 1 && docs[0]
      ? this.l('add-documents', docs[0].title)
      : this.l('add-documents', '', { count: docs.length });
  }
  addDocuments(docs: readonly NewDocument[]): Promise<Result<DocumentMeta[]>> {
    return this.command(this.documentsLabel(docs), () =>
      addDocuments(this.db, this.projectId, docs),
    );
  }
  /**
   * Documents with a memo each (the import record: the original text before a repair, a PDF's
   * page starts) in one transaction and ONE undo step (issue 11). `memos[i]` goes with `docs[i]`.
   */
  addDocumentsWithMemos(
    docs: readonly NewDocument[],
    memos: readonly ({ title: string; text: string } | null)[],
  ): Promise<Result<DocumentMeta[]>> {
    return this.commandInOneStep(
      this.documentsLabel(docs),
      async () => ok(await addDocuments(this.db, this.projectId, docs)),
      async (metas) => {
        const made: Memo[] = [];
        for (const [i, meta] of metas.entries()) {
          const m = memos[i];
          if (!m) continue;
          const target = { kind: 'document', id: meta.id } as const;
          made.push((await createMemo(this.db, this.projectId, { ...m, target })).value);
        }
        return ok({
          value: made,
          changes: { memos: made.map((after) => ({ before: null, after })) },
        });
      },
    ).then((r) => (r.ok ? ok(r.data.first) : r));
  }
  /** `seen` as for updateCode: refused if another window renamed the document since. */
  renameDocument(
    id: DocumentId,
    title: string,
    seen = this.doc(id),
  ): Promise<Result<DocumentMeta>> {
    return this.command(this.l('rename-document', this.docTitle(id)), () =>
      renameDocument(this.db, id, title, seen),
    );
  }
  /** Deletes a document with its text, codings and memos (undoable). */
  deleteDocument(id: DocumentId): Promise<Result<DocumentMeta>> {
    return this.command(this.l('delete-document', this.docTitle(id)), () =>
      deleteDocument(this.db, id),
    );
  }
  setDocumentCase(id: DocumentId, caseId: CaseId | null): Promise<Result<DocumentMeta>> {
    return this.command(this.l('set-document-case', this.docTitle(id)), () =>
      setDocumentCase(this.db, id, caseId, this.doc(id)),
    );
  }
  setDocumentDirection(id: DocumentId, direction: Direction): Promise<Result<DocumentMeta>> {
    return this.command(this.l('set-document-direction', this.docTitle(id)), () =>
      setDocumentDirection(this.db, id, direction, this.doc(id)),
    );
  }
  /** Loads one document's text (texts are not kept in memory). */
  async getDocumentText(id: DocumentId): Promise<Result<string>> {
    const text = await getDocumentText(this.db, id);
    return text === undefined ? refuse('store.documentGone') : ok(text);
  }

  // --- cases and attributes ---
  createCase(input: NewCase): Promise<Result<Case>> {
    return this.command(this.l('create-case', input.name.trim()), () =>
      createCase(this.db, this.projectId, input),
    );
  }
  /** Creates a case and gives it to a document: one transaction, one undo step. */
  async createCaseFor(documentId: DocumentId, input: NewCase): Promise<Result<Case>> {
    const r = await this.commandInOneStep(
      this.l('create-case', input.name.trim()),
      () => createCase(this.db, this.projectId, input),
      (c) => setDocumentCase(this.db, documentId, c.id),
    );
    return r.ok ? ok(r.data.first) : r;
  }
  /** A planned table of cases and values (CSV): one transaction, one undo step. */
  importCases(
    plan: ImportPlan,
    onProgress?: (written: number, total: number) => void,
  ): Promise<Result<CasesImportOutcome>> {
    return this.command(this.l('import-cases', '', { count: plan.rows.length }), () =>
      importCasesFromPlan(this.db, this.projectId, plan, onProgress),
    );
  }
  /** Links documents to cases (the name match, applied): one transaction, one undo step. */
  linkDocumentsToCases(links: readonly DocumentCaseLink[]): Promise<Result<DocumentMeta[]>> {
    return this.command(this.l('set-document-case', '', { count: links.length }), () =>
      linkDocumentsToCases(this.db, this.projectId, links),
    );
  }
  /** Sets a document's source label ('' goes back to the default); refused if it has a comma. */
  setDocumentLabel(id: DocumentId, label: string): Promise<Result<DocumentMeta>> {
    return this.command(this.l('rename-document', this.docTitle(id)), () =>
      setDocumentLabel(this.db, id, label, this.doc(id)),
    );
  }
  /** Renames or sets attribute values (merged; null clears one), type-checked. */
  updateCase(
    id: CaseId,
    patch: CasePatch,
    seen = this.getState().cases.find((c) => c.id === id),
  ): Promise<Result<Case>> {
    return this.command(this.l('update-case', seen?.name ?? ''), () =>
      updateCase(this.db, id, patch, seen),
    );
  }
  deleteCase(id: CaseId): Promise<Result<Case>> {
    const name = this.getState().cases.find((c) => c.id === id)?.name ?? '';
    return this.command(this.l('delete-case', name), () => deleteCase(this.db, id));
  }
  createAttribute(input: NewAttribute): Promise<Result<Attribute>> {
    return this.command(this.l('create-attribute', input.name.trim()), () =>
      createAttribute(this.db, this.projectId, input),
    );
  }
  renameAttribute(id: AttributeId, name: string): Promise<Result<Attribute>> {
    return this.updateAttribute(id, { name });
  }
  updateAttribute(id: AttributeId, patch: AttributePatch): Promise<Result<Attribute>> {
    const name = this.getState().attributes.find((a) => a.id === id)?.name ?? '';
    return this.command(this.l('update-attribute', name), () =>
      updateAttribute(this.db, id, patch),
    );
  }
  deleteAttribute(id: AttributeId): Promise<Result<Attribute>> {
    const name = this.getState().attributes.find((a) => a.id === id)?.name ?? '';
    return this.command(this.l('delete-attribute', name), () => deleteAttribute(this.db, id));
  }

  // --- memos and coders ---
  createMemo(input: NewMemo): Promise<Result<Memo>> {
    return this.command(this.l('create-memo', input.title ?? ''), () =>
      createMemo(this.db, this.projectId, input),
    );
  }
  /** Refused if another window edited the memo since `seen` (defaults to this window's memory). */
  updateMemo(
    id: MemoId,
    patch: { title?: string; text?: string },
    seen = this.getState().memos.find((m) => m.id === id),
  ): Promise<Result<Memo>> {
    return this.command(this.l('update-memo'), () => updateMemo(this.db, id, patch, seen));
  }
  deleteMemo(id: MemoId): Promise<Result<Memo>> {
    return this.command(this.l('delete-memo'), () => deleteMemo(this.db, id));
  }
  createCoder(name: string): Promise<Result<Coder>> {
    return this.command(this.l('create-coder', name.trim()), () =>
      createCoder(this.db, this.projectId, name),
    );
  }
  renameCoder(id: CoderId, name: string): Promise<Result<Coder>> {
    return this.command(this.l('rename-coder', name.trim()), () => renameCoder(this.db, id, name));
  }
  deleteCoder(id: CoderId): Promise<Result<Coder>> {
    return this.command(this.l('delete-coder'), () => deleteCoder(this.db, id));
  }

  /** Merges another coder's work (a plan from planMerge): one transaction, one undo step. */
  mergeProject(plan: MergePlan): Promise<Result<MergeOutcome>> {
    return this.command(this.l('merge-project', plan.sourceName), () => applyMerge(this.db, plan));
  }

  // --- project ---
  /** Renames the project or changes its description/language (not undoable). */
  updateProject(patch: {
    name?: string;
    description?: string;
    language?: string;
  }): Promise<Result<void>> {
    return this.enqueue(async () => {
      if (patch.name !== undefined && !patch.name.trim()) return refuse('store.projectNeedsName');
      if (!(await updateProject(this.db, this.projectId, patch)))
        return refuse('store.projectGone');
      const row = await this.db.projects.get(this.projectId);
      this.setProject((m) => {
        if (row) m.project = { ...m.project, ...patch, name: row.name, updatedAt: row.updatedAt };
      });
      return ok(undefined);
    });
  }
}

/**
 * Opens the store of one project: loads the project, document metadata (not texts), cases,
 * attributes, codes, memos, coders and ALL codings once. Rejects if the project does not exist.
 * Call close() when the project is closed.
 */
export function openProjectStore(db: MazmunDb, projectId: ProjectId): Promise<ProjectStore> {
  return ProjectStore.open(db, projectId);
}
