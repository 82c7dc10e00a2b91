import { useMemo } from 'react';
import type { TranscriptTarget } from '../../app/WorkspaceProvider';
import type { Coding, DocumentMeta } from '../../../shared/model';
import { looksRightToLeft } from '../../../shared/text/persian';
import { useDocumentText } from '../../hooks/use-document-text';
import { useI18n } from '../../hooks/use-i18n';
import { useProjectState } from '../../hooks/use-project-store';
import { useWorkspace } from '../../hooks/use-workspace';
import { CodingBoard } from './CodingBoard';
import { DocumentMemoMark } from './DocumentMemoMark';
import { useUndoStep } from './use-undo-step';
import { commandText } from '../../hooks/use-undo-shortcuts';
import { countWords } from '../../../shared/text/paragraphs';
import './transcript.css';
import { translateFailure } from '../../i18n/errors';
import { langAttr } from '../../components/lang-of';

interface TranscriptViewProps {
  readonly meta: DocumentMeta;
  readonly target: TranscriptTarget;
}

/** The coding view of one document: header, then the text with its codings and side panel. */
export function TranscriptView({ meta, target }: TranscriptViewProps) {
  const { t, locale } = useI18n();
  const loaded = useDocumentText(meta.id);
  const { onKeyDown } = useUndoStep();
  return (
    <section
      className="transcript-view"
      aria-label={t('transcript.label', { title: meta.title })}
      onKeyDown={onKeyDown}
    >
      {loaded.status === 'ready' ? (
        <Loaded meta={meta} target={target} text={loaded.text} />
      ) : (
        <>
          <TranscriptHeader meta={meta} words={null} codings={null} />
          {loaded.status === 'loading' ? (
            <p className="muted" role="status">
              {t('documents.loadingText')}
            </p>
          ) : (
            <p role="alert" className="banner error">
              {translateFailure(loaded, locale)}
            </p>
          )}
        </>
      )}
    </section>
  );
}

function Loaded({ meta, target, text }: TranscriptViewProps & { readonly text: string }) {
  const state = useProjectState();
  const words = useMemo(() => countWords(text), [text]);
  const dir: 'rtl' | 'ltr' =
    meta.direction === 'auto' ? (looksRightToLeft(text) ? 'rtl' : 'ltr') : meta.direction;
  const docCodings: readonly Coding[] = useMemo(
    () => state.codings.byDocument(meta.id),
    // The index is shared between states; a new state (codingCount, version) means new codings.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.version, meta.id],
  );
  return (
    <>
      <TranscriptHeader meta={meta} words={words} codings={docCodings.length} />
      <CodingBoard
        meta={meta}
        text={text}
        dir={dir}
        paraDir={meta.direction}
        codings={docCodings}
        codes={state.codes}
        target={target}
      />
    </>
  );
}

function TranscriptHeader({
  meta,
  words,
  codings,
}: {
  readonly meta: DocumentMeta;
  readonly words: number | null;
  readonly codings: number | null;
}) {
  const { t, n, dir, locale } = useI18n();
  const { closeTranscript } = useWorkspace();
  const state = useProjectState();
  const { step } = useUndoStep();
  return (
    <header className="transcript-head">
      <button type="button" className="btn small" onClick={closeTranscript}>
        <span aria-hidden>{dir === 'rtl' ? '› ' : '‹ '}</span>
        {t('transcript.back')}
      </button>
      <h1 dir="auto" lang={langAttr(meta.title, locale)}>
        {meta.title}
      </h1>
      <DocumentMemoMark documentId={meta.id} />
      <span className="muted stats">
        {words !== null && t('transcript.words', { count: n(words) })}
        {codings !== null &&
          ` · ${codings === 1 ? t('transcript.codingCountOne') : t('transcript.codingCount', { count: n(codings) })}`}
      </span>
      <span className="head-actions">
        <button
          type="button"
          className="btn small"
          disabled={!state.canUndo}
          title={
            state.undoLabel
              ? t('transcript.undoLabel', { label: commandText(t, state.undoLabel, n) })
              : undefined
          }
          onClick={(e) => void step('undo', e.currentTarget)}
        >
          {t('transcript.undo')}
        </button>
        <button
          type="button"
          className="btn small"
          disabled={!state.canRedo}
          title={
            state.redoLabel
              ? t('transcript.redoLabel', { label: commandText(t, state.redoLabel, n) })
              : undefined
          }
          onClick={(e) => void step('redo', e.currentTarget)}
        >
          {t('transcript.redo')}
        </button>
      </span>
    </header>
  );
}
