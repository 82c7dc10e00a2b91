// PDF text extraction (shared/pdf/). Persian in renderer/i18n/errors-fa/pdf.ts.

export const PDF_ERRORS = {
  'pdf.noTextLayer':
    'This PDF has no text layer (a scanned image?); Mazmun cannot read text from images.',
  'pdf.unreadable': 'This file could not be read as a PDF ({detail})',
  'pdf.encrypted': 'This PDF is protected by a password; Mazmun cannot open it.',
  'pdf.tooLarge': 'This PDF is {sizeBytes}; the limit for one file is {limitBytes}',
  'pdf.tooManyPages':
    'This PDF has {pages} pages; Mazmun reads at most {limit} pages from one document',
  'pdf.tooLong': "This PDF's text is longer than {limit} characters (the limit for one document)",
} as const;
