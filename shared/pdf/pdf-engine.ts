// The part of pdf.js that extractPdfText uses, typed structurally so that shared/ does not
// import pdfjs-dist (Node tests pass its legacy build, the renderer's Web Worker its browser
// build after setting GlobalWorkerOptions.workerSrc to the bundled worker's URL).

export interface PdfTextItem {
  readonly str?: string;
  /** [a, b, c, d, e, f]: e, f are the baseline origin; hypot(a, b) the font size. */
  readonly transform?: readonly number[];
  readonly width?: number;
  readonly height?: number;
}

export interface PdfPageProxy {
  getTextContent(): Promise<{ readonly items: readonly PdfTextItem[] }>;
  cleanup?(): unknown;
}

export interface PdfDocumentProxy {
  readonly numPages: number;
  getPage(n: number): Promise<PdfPageProxy>;
  destroy?(): Promise<void>;
}

export interface PdfEngine {
  getDocument(params: { data: Uint8Array; isEvalSupported: boolean; stopAtErrors: boolean }): {
    readonly promise: Promise<PdfDocumentProxy>;
  };
}
