import type { DocumentId } from '../../shared/model';
import type { TranscriptTarget } from '../app/WorkspaceProvider';
import { useWorkspace } from './use-workspace';

export type OpenTranscript = (
  documentId: DocumentId,
  range?: { readonly start: number; readonly end: number } | null,
) => void;

/**
 * Opens a document in the coding view (Documents section), scrolled to and flashing the passage
 * [start, end) in UTF-16 offsets when given. For retrieval results, the codebook, reports.
 */
export function useOpenTranscript(): OpenTranscript {
  return useWorkspace().openTranscript;
}

/** The document open in the coding view, or null when the documents list is shown. */
export function useTranscriptTarget(): TranscriptTarget | null {
  return useWorkspace().transcript;
}
