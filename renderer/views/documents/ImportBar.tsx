import { useEffect, useRef, useState } from 'react';
import { IMPORT_ACCEPT, useImportDocuments } from '../../hooks/use-import-documents';
import { MENU_EVENT } from '../../hooks/use-menu-commands';
import { useI18n } from '../../hooks/use-i18n';
import { TaskProgress } from '../exchange/TaskProgress';
import { ImportReview } from '../text-check/ImportReview';
import { PasteDialog } from './PasteDialog';
import { translateFailure } from '../../i18n/errors';

/** Import buttons, the progress bar while reading, and what was (not) imported. */
export function ImportBar() {
  const { t, n, locale } = useI18n();
  const imp = useImportDocuments();
  const [pasting, setPasting] = useState(false);
  const [dragging, setDragging] = useState(false);
  const importButton = useRef<HTMLButtonElement>(null);
  const busy = imp.progress !== null;
  const { pickAndImport } = imp;

  // The desktop menu's "Import documents…" opens the same dialog as the button.
  useEffect(() => {
    const onMenu = (e: Event) => {
      if ((e as CustomEvent<unknown>).detail === 'import-documents') void pickAndImport();
    };
    window.addEventListener(MENU_EVENT, onMenu);
    return () => window.removeEventListener(MENU_EVENT, onMenu);
  }, [pickAndImport]);

  return (
    // Files dropped on the import bar go the same way as picked ones (the button stays the
    // keyboard route; dropping is a shortcut for the mouse).
    <div
      className={`panel import-bar import-drop${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        if (busy || !e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        setDragging(false);
        if (busy || e.dataTransfer.files.length === 0) return;
        e.preventDefault();
        void imp.importFiles(Array.from(e.dataTransfer.files));
      }}
    >
      <div className="row">
        <button
          type="button"
          className="btn primary"
          ref={importButton}
          disabled={busy}
          onClick={() => void imp.pickAndImport()}
        >
          {t('documents.importButton')}
        </button>
        {/* The native picker shows "Choose Files" in the browser's language, not the
            interface's: it stays in the page (drops, tests' setInputFiles) but out of sight
            and out of the tab order, behind the translated button above. */}
        <input
          type="file"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('documents.import')}
          multiple
          accept={IMPORT_ACCEPT}
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget;
            const files = Array.from(input.files ?? []);
            void imp.importFiles(files).then(() => {
              // Picking the same files again must fire `change` again.
              input.value = '';
            });
          }}
        />
        <button type="button" className="btn" disabled={busy} onClick={() => setPasting(true)}>
          {t('documents.paste')}
        </button>
      </div>
      <p className="muted small-print">
        {t('documents.importHint')} · {t('textcheck.dropHint')}
      </p>
      {imp.progress && (
        <TaskProgress
          label={t('documents.importing')}
          progress={{
            phase: 'read',
            done: imp.progress.done,
            total: imp.progress.total,
            label: imp.progress.name,
          }}
          status={
            imp.progress.phase === 'saving'
              ? t('documents.importSaving', { count: n(imp.progress.total) })
              : t('documents.importProgress', {
                  done: n(imp.progress.done),
                  total: n(imp.progress.total),
                  name: imp.progress.name,
                })
          }
          cancelLabel={t('documents.importCancel')}
          // Saving is one short transaction through the store: only the reading can be stopped.
          onCancel={imp.progress.phase === 'reading' ? imp.cancel : undefined}
          returnFocus={() => importButton.current}
        />
      )}
      {imp.outcome && (
        <div className="import-outcome" role="status">
          {imp.outcome.canceled && <p>{t('documents.importCanceled')}</p>}
          {imp.outcome.imported.length > 0 && (
            <p>{t('documents.imported', { count: n(imp.outcome.imported.length) })}</p>
          )}
          {imp.outcome.error && (
            <p className="error-text">{translateFailure(imp.outcome.error, locale)}</p>
          )}
          {imp.outcome.failed.length > 0 && (
            <>
              <h3 className="failed-title">{t('documents.importFailed')}</h3>
              <ul aria-label={t('documents.importFailed')} className="failed-list">
                {imp.outcome.failed.map((f, i) => (
                  <li key={`${f.name}-${i}`} dir="auto">
                    {/* Importers' reasons already name the file; say it once. */}
                    {f.reason.startsWith(f.name)
                      ? translateFailure(f, locale)
                      : t('documents.importFailedItem', {
                          name: f.name,
                          reason: translateFailure(f, locale),
                        })}
                  </li>
                ))}
              </ul>
            </>
          )}
          <button type="button" className="btn small" onClick={imp.dismiss}>
            {t('documents.dismiss')}
          </button>
        </div>
      )}
      <PasteDialog open={pasting} onClose={() => setPasting(false)} onCreate={imp.importPasted} />
      <ImportReview review={imp.review} />
    </div>
  );
}
