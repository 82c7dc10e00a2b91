import { useEffect, useRef } from 'react';
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

/**
 * Reopens, after a reload, the transcript that was open in this tab (per project; sessionStorage,
 * so a new window starts at the list), and remembers the open one from then on.
 */
export function useRememberTranscript(existing: ReadonlySet<string>): void {
  const { projectId, transcript, openTranscript } = useWorkspace();
  const restored = useRef(false);
  useEffect(() => {
    if (!projectId) return;
    const key = `mazmun.openDocument.${projectId}`;
    try {
      if (!restored.current) {
        restored.current = true;
        const id = globalThis.sessionStorage?.getItem(key);
        if (!transcript && id && existing.has(id)) {
          openTranscript(id as DocumentId);
          return;
        }
      }
      if (transcript) globalThis.sessionStorage?.setItem(key, transcript.documentId);
      else globalThis.sessionStorage?.removeItem(key);
    } catch {
      // Storage can be disabled: the list simply shows after a reload.
    }
  }, [projectId, transcript, openTranscript, existing]);
}
