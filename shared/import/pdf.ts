// .pdf for import: shared/pdf reads the text layer (pdf.js handed in by the caller); this keeps
// its pages and running headers/footers with the document and refuses what it refuses.
import { refuse } from '../errors';
import { ok, type Result } from '../model/snapshot';
import { extractPdfText } from '../pdf/pdf-text';
import type { RepeatedLine } from '../pdf/repeated-lines';
import type { ExtractedText } from './docx';
import { tidyText } from './text-cleanup';
import type { PageRange, PdfImportOptions } from './types';

export interface ExtractedPdf extends ExtractedText {
  readonly pages: readonly PageRange[];
  readonly repeatedLines: readonly RepeatedLine[];
}

export async function extractPdf(
  name: string,
  bytes: Uint8Array,
  pdf: PdfImportOptions | undefined,
  maxBytes: number,
): Promise<Result<ExtractedPdf>> {
  // A caller that cannot host pdf.js (none today) keeps the old sentence: save it as .docx.
  if (!pdf) return refuse('import.pdf', { file: name });
  const engine = await pdf.engine();
  const r = await extractPdfText(bytes, {
    engine,
    onProgress: pdf.onPage,
    limits: { maxBytes },
  });
  if (!r.ok) return r;
  const { text, pages, repeatedLines, warnings } = r.data;
  const blank = warnings.find((w) => w.kind === 'pages-without-text');
  const notes =
    blank && blank.kind === 'pages-without-text'
      ? [`pages without text (images?): ${blank.pages.join(', ')}`]
      : [];
  // The page text is already tidy (one paragraph a line); if the import's tidying would still
  // change it, the offsets would no longer hold: keep the text, drop what points into it.
  const tidy = tidyText(text) === text;
  return ok({
    text,
    rtlHint: r.data.direction === 'rtl',
    warnings: notes,
    pages: tidy ? pages : [],
    repeatedLines: tidy ? repeatedLines : [],
  });
}
