import { useMemo, useState } from 'react';
import type { DocumentMeta } from '../../../shared/model';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import {
  useOpenTranscript,
  useRememberTranscript,
  useTranscriptTarget,
} from '../../hooks/use-document-navigation';
import { useDocumentWordCounts } from '../../hooks/use-document-word-counts';
import { useI18n } from '../../hooks/use-i18n';
import { useProjectState, useProjectStore } from '../../hooks/use-project-store';
import { TranscriptView } from '../transcript/TranscriptView';
import { DocumentRow } from './DocumentRow';
import { ImportBar } from './ImportBar';
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

function DocumentList() {
  const { t, n } = useI18n();
  const store = useProjectStore();
  const state = useProjectState();
  const openTranscript = useOpenTranscript();
  const words = useDocumentWordCounts(state.documents);
  const [toDelete, setToDelete] = useState<DocumentMeta | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function confirmDelete() {
    if (!toDelete) return;
    const id = toDelete.id;
    setToDelete(null);
    const r = await store.deleteDocument(id);
    setError(r.ok ? null : r.reason);
  }

  return (
    <section className="documents-view" aria-labelledby="documents-title">
      <h1 id="documents-title">{t('documents.title')}</h1>
      <ImportBar />
      {error && (
        <div role="alert" className="banner error">
          {error}
        </div>
      )}
      <div className="panel">
        {state.documents.length === 0 ? (
          <p className="muted">{t('documents.empty')}</p>
        ) : (
          <table className="documents-table" aria-label={t('documents.list')}>
            <thead>
              <tr>
                <th scope="col">{t('documents.col.title')}</th>
                <th scope="col">{t('documents.col.case')}</th>
                <th scope="col" className="num">
                  {t('documents.col.words')}
                </th>
                <th scope="col" className="num">
                  {t('documents.col.codings')}
                </th>
                <th scope="col">{t('documents.col.direction')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('documents.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {state.documents.map((d) => {
                const w = words.get(d.id);
                return (
                  <DocumentRow
                    key={d.id}
                    doc={d}
                    cases={state.cases}
                    words={w === undefined ? '…' : n(w)}
                    codings={n(state.codings.countByDocument(d.id))}
                    onOpen={() => openTranscript(d.id)}
                    onDelete={() => setToDelete(d)}
                    onError={setError}
                  />
                );
              })}
            </tbody>
          </table>
        )}
      </div>
      <ConfirmDialog
        open={toDelete !== null}
        title={t('documents.deleteConfirmTitle')}
        body={t('documents.deleteConfirmBody', {
          title: toDelete?.title ?? '',
          count: n(toDelete ? state.codings.countByDocument(toDelete.id) : 0),
        })}
        confirmLabel={t('documents.delete')}
        danger
        onConfirm={() => void confirmDelete()}
        onCancel={() => setToDelete(null)}
      />
    </section>
  );
}
