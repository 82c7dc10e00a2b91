import { useRef, useState } from 'react';
import type { ExchangeImport } from '../../hooks/use-exchange-import';
import { useI18n } from '../../hooks/use-i18n';
import { useStoreStatus } from '../../hooks/use-project-store';
import { useWorkspace } from '../../hooks/use-workspace';
import { ImportPreview } from './ImportPreview';
import { TaskProgress } from './TaskProgress';
import { translateFailure } from '../../i18n/errors';

interface ImportPanelProps {
  readonly importer: ExchangeImport;
}

export function ImportPanel({ importer }: ImportPanelProps) {
  const { t, n, locale } = useI18n();
  const status = useStoreStatus();
  const workspace = useWorkspace();
  const store = status.kind === 'ready' ? status.store : null;
  const [done, setDone] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const { phase, progress } = importer;

  async function onFile(file: File | undefined) {
    if (!file) return;
    setDone(null);
    await importer.read(file.name, new Uint8Array(await file.arrayBuffer()));
  }

  async function onImport() {
    const r = await importer.commit(store);
    if (!r.ok) return;
    if (r.data.kind === 'codebook') {
      setDone(t('exchange.codesAdded', { count: n(r.data.count) }));
      return;
    }
    setDone(t(r.data.copy ? 'exchange.importedCopy' : 'exchange.imported', { name: r.data.name }));
    workspace.openProject(r.data.projectId, 'exchange');
  }

  return (
    <section className="panel exchange-import" aria-labelledby="exchange-import-title">
      <h2 id="exchange-import-title">{t('exchange.import')}</h2>
      <p className="muted">{t('exchange.importHint')}</p>
      <div className="field">
        {/* The native input's own button speaks the browser's language, not the interface's:
            it stays for keyboard and tests, hidden behind a label that looks like a button. */}
        <label htmlFor="exchange-import-file" className="btn file-button">
          {t('exchange.importFile')}
        </label>
        <input
          id="exchange-import-file"
          ref={fileInput}
          className="visually-hidden"
          type="file"
          accept=".qdpx,.qdc,.json"
          disabled={phase.kind === 'reading' || phase.kind === 'writing'}
          onChange={(e) => {
            const input = e.currentTarget;
            void onFile(input.files?.[0]).finally(() => {
              input.value = ''; // the same file can be picked again
            });
          }}
        />
      </div>
      {phase.kind === 'reading' && (
        <TaskProgress
          label={t('exchange.readProgress')}
          progress={progress}
          status={t('exchange.reading', { name: phase.fileName })}
          cancelLabel={t('exchange.cancel')}
          onCancel={importer.cancel}
          returnFocus={() => fileInput.current}
        />
      )}
      {importer.canceled && phase.kind !== 'reading' && phase.kind !== 'writing' && (
        <p role="status" className="muted">
          {t('exchange.canceled')}
        </p>
      )}
      {phase.kind === 'error' && (
        <div role="alert" className="banner error">
          <p>{t('exchange.importFailed', { name: phase.fileName })}</p>
          {/* The importer's words, translated; their own paragraph, so bidi cannot mix them. */}
          <p dir="auto">{translateFailure(phase.error, locale)}</p>
          <p>{t('exchange.nothingWritten')}</p>
        </div>
      )}
      {(phase.kind === 'preview' || phase.kind === 'writing') && (
        <ImportPreview
          preview={phase.preview}
          canAddCodes={store !== null}
          busy={phase.kind === 'writing'}
          onImport={() => void onImport()}
          onCancel={importer.reset}
        />
      )}
      {phase.kind === 'writing' && (
        <TaskProgress
          label={t('exchange.progress')}
          progress={progress}
          status={t('exchange.writing', {
            done: n(progress?.done ?? 0),
            total: n(progress?.total ?? 0),
          })}
          cancelLabel={t('exchange.cancel')}
          // A codebook is added code by code through the store: each one is already saved.
          onCancel={phase.preview.kind === 'project' ? importer.cancel : undefined}
          returnFocus={() => fileInput.current}
        />
      )}
      {done && (
        <p role="status" className="banner info">
          <bdi>{done}</bdi>
        </p>
      )}
    </section>
  );
}
