// pdf.js for the app, loaded inside the heavy-work Worker the first time a PDF is imported.
// Its parser module is imported first: it registers itself on globalThis (pdfjsWorker), and
// pdf.js then parses in this same thread — already off the page's main thread — instead of
// starting a Worker of its own from inside ours (no second worker URL for the CSP to allow).
import type { PdfEngine } from '../../shared/pdf/pdf-engine';

let loaded: Promise<PdfEngine> | null = null;

export function browserPdfEngine(): Promise<PdfEngine> {
  loaded ??= (async () => {
    await import('pdfjs-dist/build/pdf.worker.mjs');
    const pdfjs = await import('pdfjs-dist');
    return pdfjs as unknown as PdfEngine;
  })();
  return loaded;
}
