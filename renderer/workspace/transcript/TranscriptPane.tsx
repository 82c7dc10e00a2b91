import { useI18n } from '../../hooks/use-i18n';
import { useProjectState } from '../../hooks/use-project-store';
import { useWorkspace } from '../../hooks/use-workspace';
import { TranscriptView } from '../../views/transcript/TranscriptView';
import './transcript-pane.css';

/** Hosts the transcript (its internals are the transcript view's): the open document, or a hint. */
export function TranscriptPane() {
  const { t } = useI18n();
  const { transcript } = useWorkspace();
  const { documents } = useProjectState();
  const meta = transcript ? documents.find((d) => d.id === transcript.documentId) : undefined;
  if (!transcript || !meta) {
    return <p className="muted ws-empty">{t('workspace.transcript.none')}</p>;
  }
  return <TranscriptView key={meta.id} meta={meta} target={transcript} />;
}
