import { useCallback, useState } from 'react';
import { importMany, importPastedText, type FileToImport } from '../../shared/import';
import type { DocumentMeta } from '../../shared/model';
import { fail, ok, type Result } from '../../shared/model/snapshot';
import { getPlatform } from '../platform/bridge';
import { useProjectStore } from './use-project-store';

/** The formats the importers read (shared/import), for file dialogs and `accept`. */
export const IMPORT_EXTENSIONS = ['txt', 'docx', 'md', 'odt', 'rtf'] as const;
export const IMPORT_ACCEPT = IMPORT_EXTENSIONS.map((e) => `.${e}`).join(',');

export interface ImportProgress {
  readonly done: number;
  readonly total: number;
  readonly name: string;
}

export interface ImportOutcome {
  readonly imported: readonly DocumentMeta[];
  /** Files that could not be read, each with the reason; the others were imported. */
  readonly failed: readonly { readonly name: string; readonly reason: string }[];
  /** Set when reading worked but saving did not (nothing was saved then). */
  readonly error: string | null;
}

export interface DocumentImport {
  /** Non-null while files are being read and saved. */
  readonly progress: ImportProgress | null;
  readonly outcome: ImportOutcome | null;
  readonly dismiss: () => void;
  /** Files picked with an <input type=file> (or dropped). */
  readonly importFiles: (files: readonly File[]) => Promise<void>;
  /** Files picked with the platform's dialog (native on the desktop). */
  readonly pickAndImport: () => Promise<void>;
  readonly importPasted: (text: string, title: string) => Promise<Result<DocumentMeta>>;
}

/**
 * Reads several files (one unreadable file never stops the others), then saves all readable
 * ones with `addDocuments`: one transaction and one undo step.
 */
export function useImportDocuments(): DocumentImport {
  const store = useProjectStore();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  const run = useCallback(
    async (files: readonly FileToImport[], skipped: ImportOutcome['failed']) => {
      setOutcome(null);
      setProgress({ done: 0, total: files.length, name: files[0]?.name ?? '' });
      try {
        const read = await importMany(files, (done, total, name) =>
          setProgress({ done, total, name }),
        );
        const failed = [...skipped, ...read.failed];
        if (read.imported.length === 0) {
          setOutcome({ imported: [], failed, error: null });
          return;
        }
        const saved = await store.addDocuments(
          read.imported.map((d) => ({ title: d.title, text: d.text, direction: d.direction })),
        );
        setOutcome(
          saved.ok
            ? { imported: saved.data, failed, error: null }
            : { imported: [], failed, error: saved.reason },
        );
      } finally {
        setProgress(null);
      }
    },
    [store],
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
      await run(readable, skipped);
    },
    [run],
  );

  const pickAndImport = useCallback(async () => {
    const picked = await getPlatform().openFiles(
      [{ name: 'Documents', extensions: [...IMPORT_EXTENSIONS] }],
      { multiple: true },
    );
    if (!picked.ok) {
      setOutcome({ imported: [], failed: [], error: picked.reason });
      return;
    }
    if (picked.data.canceled) return;
    await run(picked.data.files, picked.data.skipped);
  }, [run]);

  const importPasted = useCallback(
    async (text: string, title: string): Promise<Result<DocumentMeta>> => {
      const doc = importPastedText(text, { title });
      if (!doc.ok) return doc;
      const saved = await store.addDocuments([
        { title: doc.data.title, text: doc.data.text, direction: doc.data.direction },
      ]);
      if (!saved.ok) return saved;
      const meta = saved.data[0];
      return meta ? ok(meta) : fail('Nothing was saved.');
    },
    [store],
  );

  const dismiss = useCallback(() => setOutcome(null), []);
  return { progress, outcome, dismiss, importFiles, pickAndImport, importPasted };
}
