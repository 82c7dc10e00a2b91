// pdf.js for Node tests: the legacy build, which runs without a browser (no canvas is needed for
// getTextContent; its "fake worker" runs the parser in the same thread).
import type { PdfEngine } from './pdf-engine';

export async function nodePdfEngine(): Promise<PdfEngine> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs as unknown as PdfEngine;
}
