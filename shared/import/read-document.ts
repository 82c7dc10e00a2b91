// The one path from a file to the text Mazmun imports, for the app (heavy-work worker, through
// importMany) and for `mazmun text`: bytes → text (+ PDF pages) → broken-Persian check →
// the repair only when asked for (the app asks the user first; the CLI reads --repair).
import type { Result } from '../model/snapshot';
import { ok } from '../model/snapshot';
import { importFile } from './import-file';
import { chooseRepaired } from './text-check';
import type { ImportedDocument, ImportOptions } from './types';

export interface ReadOptions extends ImportOptions {
  /** Apply the best-effort repair when the text is flagged (never for the app's first read). */
  readonly repair?: boolean;
}

export async function readDocument(
  name: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<Result<ImportedDocument>> {
  const r = await importFile(name, bytes, options);
  if (!r.ok || !options.repair) return r;
  return ok(chooseRepaired(r.data));
}

/** What `mazmun text --format json` prints: the shape, nothing of the app's internals. */
export interface TextReport {
  readonly text: string;
  readonly pages: number;
  readonly direction: 'rtl' | 'ltr';
  readonly warnings: readonly { readonly kind: 'reversed-persian'; readonly score: number }[];
  readonly repaired: boolean;
}

export function textReport(doc: ImportedDocument): TextReport {
  return {
    text: doc.text,
    // A text file is one page.
    pages: doc.pages?.length ?? 1,
    direction: doc.direction,
    warnings: doc.brokenPersian
      ? [{ kind: 'reversed-persian', score: doc.brokenPersian.score }]
      : [],
    repaired: doc.repaired === true,
  };
}
