// Messages of the transcript's margin and undo (issue 13.5, 13.10): memo marks beside the coded
// line, the document memo's mark, undo and redo said from any view.
export const transcriptMarginEn = {
  'transcript.memoMark': 'Memo on coding {code}: {memo}',
  'transcript.memoGroup': '{count} memos on this line: {codes}',
  'transcript.docMemoMark': 'Document memo: {memo}',
} as const;

export type TranscriptMarginKey = keyof typeof transcriptMarginEn;

export const transcriptMarginFa: Record<TranscriptMarginKey, string> = {
  'transcript.memoMark': 'یادداشت کدگذاری {code}: {memo}',
  'transcript.memoGroup': '{count} یادداشت در این سطر: {codes}',
  'transcript.docMemoMark': 'یادداشت سند: {memo}',
};
