import { useRef } from 'react';
import { isolateBidi } from '../../../shared/text/bidi';
import { useI18n } from '../../hooks/use-i18n';
import { useMerge } from '../../hooks/use-merge';
import { useStoreStatus } from '../../hooks/use-project-store';
import { translateFailure } from '../../i18n/errors';
import { MergePreview } from './MergePreview';
import './coders.css';

/** The Exchange view's entry point for merging another coder's .qdpx or backup. */
export function MergePanel() {
  const { t, n, locale } = useI18n();
  const status = useStoreStatus();
  const store = status.kind === 'ready' ? status.store : null;
  const merge = useMerge(store);
  const input = useRef<HTMLInputElement>(null);
  const { phase } = merge;

  return (
    <section className="panel merge" aria-labelledby="merge-title">
      <h2 id="merge-title">{t('merge.title')}</h2>
      <p className="muted">{store ? t('merge.hint') : t('merge.needsProject')}</p>
      <div className="field">
        <label htmlFor="merge-file" className="btn file-button">
          {t('merge.file')}
        </label>
        <input
          id="merge-file"
          ref={input}
          className="visually-hidden"
          type="file"
          accept=".qdpx,.json"
          disabled={!store || phase.kind === 'reading' || phase.kind === 'applying'}
          onChange={(e) => {
            const el = e.currentTarget;
            const file = el.files?.[0];
            if (!file) return;
            void file
              .arrayBuffer()
              .then((b) => merge.read(file.name, new Uint8Array(b)))
              .finally(() => {
                el.value = '';
              });
          }}
        />
      </div>
      {phase.kind === 'reading' && (
        <p role="status" className="muted">
          {t('merge.reading', { name: isolateBidi(phase.fileName) })}
        </p>
      )}
      {(phase.kind === 'preview' || phase.kind === 'applying') && (
        <MergePreview
          fileName={phase.fileName}
          plan={phase.plan}
          busy={phase.kind === 'applying'}
          onApply={() => void merge.apply()}
          onCancel={merge.reset}
        />
      )}
      {phase.kind === 'error' && (
        <div role="alert" className="banner error">
          <p>{t('merge.failed', { name: isolateBidi(phase.fileName) })}</p>
          <p dir="auto">{translateFailure(phase.error, locale)}</p>
        </div>
      )}
      {phase.kind === 'done' && (
        <p role="status" className="banner info">
          {t('merge.done', {
            name: isolateBidi(phase.name),
            codings: n(phase.outcome.codings),
            documents: n(phase.outcome.documents),
            codes: n(phase.outcome.codes),
            coders: n(phase.outcome.coders),
          })}
        </p>
      )}
    </section>
  );
}
