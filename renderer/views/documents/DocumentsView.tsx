import { useMemo } from 'react';
import { useRememberTranscript, useTranscriptTarget } from '../../hooks/use-document-navigation';
import { useProjectState } from '../../hooks/use-project-store';
import { TranscriptView } from '../transcript/TranscriptView';
import { DocumentList } from './DocumentList';
import './documents.css';

/** The Documents section: the list with import, or one transcript open for coding. */
export function DocumentsView() {
  const target = useTranscriptTarget();
  const { documents } = useProjectState();
  const open = target ? documents.find((d) => d.id === target.documentId) : undefined;
  const ids = useMemo(() => new Set<string>(documents.map((d) => d.id)), [documents]);
  useRememberTranscript(ids);
  if (target && open) return <TranscriptView key={open.id} meta={open} target={target} />;
  return <DocumentList />;
}
