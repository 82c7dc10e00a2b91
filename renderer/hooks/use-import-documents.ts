import { useCallback, useState } from 'react';
import {
  chooseRepaired,
  importPastedText,
  removeRepeated,
  type FileToImport,
  type ImportedDocument,
} from '../../shared/import';
import type { RepeatedLine } from '../../shared/pdf/repeated-lines';
import type { DocumentMeta } from '../../shared/model';
import { refuse } from '../../shared/errors';
import { ok, type Failure, type Result } from '../../shared/model/snapshot';
import { isCanceled } from '../../shared/worker-protocol';
import { getPlatform } from '../platform/bridge';
import { useHeavyTask } from './use-heavy-task';
import { useI18n } from './use-i18n';
import { useProjectStore } from './use-project-store';

/** The formats the importers read (shared/import), for file dialogs and `accept`. */
export const IMPORT_EXTENSIONS = ['txt', 'docx', 'md', 'odt', 'rtf', 'pdf'] as const;
export const IMPORT_ACCEPT = IMPORT_EXTENSIONS.map((e) => `.${e}`).join(',');

export interface ImportProgress {
  /** Reading the files (in the heavy-work worker; can be canceled), then saving them. */
  readonly phase: 'reading' | 'saving';
  readonly done: number;
  readonly total: number;
  readonly name: string;
}

export interface ImportOutcome {
  readonly imported: readonly DocumentMeta[];
  /** Files that could not be read, each with the reason; the others were imported. */
  readonly failed: readonly { readonly name: string; readonly reason: string }[];
  /** Set when reading worked but saving did not (nothing was saved then). */
  /** Why nothing was imported: the whole failure, so the view translates it by code. */
  readonly error: Failure | null;
  /** The user stopped the reading: nothing was added. */
  readonly canceled?: boolean;
}

/** A read document waiting for the user's choices (import/text-check.ts): nothing saved yet. */
export interface ReviewItem {
  readonly doc: ImportedDocument & { readonly searchText?: string };
}

/** What the user chose for one document of the review. */
export interface ReviewChoice {
  readonly repair: boolean;
  readonly removeLines: readonly RepeatedLine[];
}

export interface ImportReview {
  readonly items: readonly ReviewItem[];
  /** Saves every reviewed document (and the others of the same import) as chosen. */
  readonly confirm: (choices: readonly ReviewChoice[]) => Promise<void>;
  readonly cancel: () => void;
}

/** A document the import must ask about before saving. */
export function needsReview(d: ImportedDocument): boolean {
  return d.brokenPersian !== undefined || (d.repeatedLines?.length ?? 0) > 0;
}

export interface DocumentImport {
  /** Non-null while some read documents wait for the user's choices. */
  readonly review: ImportReview | null;
  /** Non-null while files are being read and saved. */
  readonly progress: ImportProgress | null;
  readonly outcome: ImportOutcome | null;
  readonly dismiss: () => void;
  /** Stops reading the files; nothing is added. */
  readonly cancel: () => void;
  /** Files picked with an <input type=file> (or dropped). */
  readonly importFiles: (files: readonly File[]) => Promise<void>;
  /** Files picked with the platform's dialog (native on the desktop). */
  readonly pickAndImport: () => Promise<void>;
  /** Saves the pasted text; null when it went to the review first (the dialog may close). */
  readonly importPasted: (text: string, title: string) => Promise<Result<DocumentMeta | null>>;
}

type Translate = ReturnType<typeof useI18n>['t'];

/** The import record kept as a memo on the document: the text before repair, the page starts. */
function importMemo(d: ImportedDocument, t: Translate): { title: string; text: string } | null {
  const parts: string[] = [];
  if (d.pages && d.pages.length > 0)
    parts.push(
      t('textcheck.memoPages', { pages: d.pages.map((p) => `${p.number}:${p.start}`).join(' ') }),
    );
  if (d.repaired && d.originalText !== undefined)
    parts.push(
      `${t('textcheck.memoOriginal', { score: (d.brokenPersian?.score ?? 0).toFixed(4) })}\n\n${d.originalText}`,
    );
  return parts.length > 0 ? { title: t('textcheck.memoTitle'), text: parts.join('\n\n') } : null;
}

/** The document as the user chose it: repaired or not, running lines left out or not. */
function applyChoice(
  d: ImportedDocument & { readonly searchText?: string },
  choice: ReviewChoice | undefined,
): ImportedDocument & { readonly searchText?: string } {
  if (!choice) return d;
  // The search key follows the text (shared/import/text-check.ts), so the save needs no new one.
  return removeRepeated(choice.repair ? chooseRepaired(d) : d, choice.removeLines);
}

/**
 * Reads several files in the heavy-work worker (one unreadable file never stops the others; a
 * huge or hostile file never freezes the page), then saves all readable ones with the store's
 * `addDocumentsWithMemos`: one transaction and one undo step. A text flagged as broken Persian,
 * or a PDF with running headers, waits for the user's choices first (`review`).
 */
export function useImportDocuments(): DocumentImport {
  const store = useProjectStore();
  const { t } = useI18n();
  const [saving, setSaving] = useState<ImportProgress | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [pending, setPending] = useState<{
    docs: readonly (ImportedDocument & { readonly searchText?: string })[];
    failed: ImportOutcome['failed'];
  } | null>(null);
  const heavy = useHeavyTask();
  const { run } = heavy;

  const save = useCallback(
    async (
      docs: readonly (ImportedDocument & { readonly searchText?: string })[],
      failed: ImportOutcome['failed'],
    ): Promise<Result<DocumentMeta[]>> => {
      setSaving({ phase: 'saving', done: 0, total: docs.length, name: '' });
      try {
        // The worker computed each search key while parsing: the save does not redo it here.
        const saved = await store.addDocumentsWithMemos(
          docs.map((d) => ({
            title: d.title,
            text: d.text,
            direction: d.direction,
            searchText: d.searchText,
          })),
          docs.map((d) => importMemo(d, t)),
        );
        setOutcome(
          saved.ok
            ? { imported: saved.data, failed, error: null }
            : { imported: [], failed, error: saved },
        );
        return saved;
      } finally {
        setSaving(null);
      }
    },
    [store, t],
  );

  const importAll = useCallback(
    async (files: readonly FileToImport[], skipped: ImportOutcome['failed']) => {
      setOutcome(null);
      // The bytes move to the worker (transferred, not copied): nothing here reads them after.
      const read = await run({ kind: 'parse-documents', files });
      if (isCanceled(read)) {
        setOutcome({ imported: [], failed: skipped, error: null, canceled: true });
        return;
      }
      if (!read.ok) {
        setOutcome({ imported: [], failed: skipped, error: read });
        return;
      }
      const failed = [...skipped, ...read.data.failed];
      const docs = read.data.imported;
      if (docs.length === 0) {
        setOutcome({ imported: [], failed, error: null });
        return;
      }
      if (docs.some(needsReview)) {
        setPending({ docs, failed });
        return;
      }
      await save(docs, failed);
    },
    [run, save],
  );

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      const readable: FileToImport[] = [];
      const skipped: { name: string; reason: string }[] = [];
      for (const f of files) {
        try {
          readable.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
        } catch (e) {
          skipped.push({ name: f.name, reason: String(e) });
        }
      }
      await importAll(readable, skipped);
    },
    [importAll],
  );

  const pickAndImport = useCallback(async () => {
    const picked = await getPlatform().openFiles(
      [{ name: 'Documents', extensions: [...IMPORT_EXTENSIONS] }],
      { multiple: true },
    );
    if (!picked.ok) {
      setOutcome({ imported: [], failed: [], error: picked });
      return;
    }
    if (picked.data.canceled) return;
    await importAll(picked.data.files, picked.data.skipped);
  }, [importAll]);

  const importPasted = useCallback(
    async (text: string, title: string): Promise<Result<DocumentMeta | null>> => {
      const doc = importPastedText(text, { title });
      if (!doc.ok) return doc;
      if (needsReview(doc.data)) {
        setOutcome(null);
        setPending({ docs: [doc.data], failed: [] });
        return ok(null);
      }
      const saved = await store.addDocuments([
        { title: doc.data.title, text: doc.data.text, direction: doc.data.direction },
      ]);
      if (!saved.ok) return saved;
      const meta = saved.data[0];
      return meta ? ok(meta) : refuse('app.nothingSaved');
    },
    [store],
  );

  const review: ImportReview | null = pending
    ? {
        items: pending.docs.filter(needsReview).map((doc) => ({ doc })),
        confirm: async (choices) => {
          const reviewed = pending.docs.filter(needsReview);
          const docs = pending.docs.map((d) => applyChoice(d, choices[reviewed.indexOf(d)]));
          setPending(null);
          await save(docs, pending.failed);
        },
        cancel: () => {
          setPending(null);
          setOutcome({ imported: [], failed: pending.failed, error: null, canceled: true });
        },
      }
    : null;

  const dismiss = useCallback(() => setOutcome(null), []);
  const p = heavy.progress;
  const progress: ImportProgress | null =
    saving ?? (p ? { phase: 'reading', done: p.done, total: p.total, name: p.label } : null);
  return {
    review,
    progress,
    outcome,
    dismiss,
    cancel: heavy.cancel,
    importFiles,
    pickAndImport,
    importPasted,
  };
}
