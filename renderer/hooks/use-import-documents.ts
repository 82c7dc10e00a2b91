import { useCallback, useState } from 'react';
import { importPastedText, type FileToImport } from '../../shared/import';
import type { DocumentMeta } from '../../shared/model';
import { refuse } from '../../shared/errors';
import { ok, type Failure, type Result } from '../../shared/model/snapshot';
import { isCanceled } from '../../shared/worker-protocol';
import { getPlatform } from '../platform/bridge';
import { useHeavyTask } from './use-heavy-task';
import { useProjectStore } from './use-project-store';

/** The formats the importers read (shared/import), for file dialogs and `accept`. */
export const IMPORT_EXTENSIONS = ['txt', 'docx', 'md', 'odt', 'rtf'] as const;
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

export interface DocumentImport {
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
  readonly importPasted: (text: string, title: string) => Promise<Result<DocumentMeta>>;
}

/**
 * Reads several files in the heavy-work worker (one unreadable file never stops the others; a
 * huge or hostile file never freezes the page), then saves all readable ones with the store's
 * `addDocuments`: one transaction and one undo step.
 */
export function useImportDocuments(): DocumentImport {
  const store = useProjectStore();
  const [saving, setSaving] = useState<ImportProgress | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const heavy = useHeavyTask();
  const { run } = heavy;

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
      setSaving({ phase: 'saving', done: 0, total: docs.length, name: '' });
      try {
        // The worker computed each search key while parsing: the save does not redo it here.
        const saved = await store.addDocuments(
          docs.map((d) => ({
            title: d.title,
            text: d.text,
            direction: d.direction,
            searchText: d.searchText,
          })),
        );
        setOutcome(
          saved.ok
            ? { imported: saved.data, failed, error: null }
            : { imported: [], failed, error: saved },
        );
      } finally {
        setSaving(null);
      }
    },
    [store, run],
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
    async (text: string, title: string): Promise<Result<DocumentMeta>> => {
      const doc = importPastedText(text, { title });
      if (!doc.ok) return doc;
      const saved = await store.addDocuments([
        { title: doc.data.title, text: doc.data.text, direction: doc.data.direction },
      ]);
      if (!saved.ok) return saved;
      const meta = saved.data[0];
      return meta ? ok(meta) : refuse('app.nothingSaved');
    },
    [store],
  );

  const dismiss = useCallback(() => setOutcome(null), []);
  const p = heavy.progress;
  const progress: ImportProgress | null =
    saving ?? (p ? { phase: 'reading', done: p.done, total: p.total, name: p.label } : null);
  return {
    progress,
    outcome,
    dismiss,
    cancel: heavy.cancel,
    importFiles,
    pickAndImport,
    importPasted,
  };
}
