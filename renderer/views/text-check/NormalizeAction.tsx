import { useEffect, useState, type FormEvent } from 'react';
import type { DocumentMeta } from '../../../shared/model';
import {
  NORMALIZE_KINDS,
  type NormalizeCounts,
  normalizeDocument,
  totalChanges,
} from '../../../shared/text/normalize-document';
import { Modal } from '../../components/Modal';
import { NormalizeDialogActions } from './NormalizeDialogActions';
import { useI18n } from '../../hooks/use-i18n';
import { useProjectStore } from '../../hooks/use-project-store';
import { translateFailure, type Refusal } from '../../i18n/errors';
import './text-check.css';

/**
 * "Normalize Persian text…" for one document (issue 11, item 3): a preview of the changes
 * counted by kind, then one store command (text, codings and search key in one transaction,
 * one undo step). Sits in the document's row; the dialog exists only while open.
 */
export function NormalizeAction({ doc }: { readonly doc: DocumentMeta }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="btn small"
        aria-label={t('textcheck.normalizeLabel', { title: doc.title })}
        onClick={() => setOpen(true)}
      >
        {t('textcheck.normalize')}
      </button>
      {open && <NormalizeDialog doc={doc} onClose={() => setOpen(false)} />}
    </>
  );
}

type Preview =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly counts: NormalizeCounts }
  | { readonly status: 'done'; readonly changes: number; readonly codings: number }
  | { readonly status: 'error'; readonly error: Refusal };

function NormalizeDialog({ doc, onClose }: { doc: DocumentMeta; onClose: () => void }) {
  const { t, n, locale } = useI18n();
  const store = useProjectStore();
  const [preview, setPreview] = useState<Preview>({ status: 'loading' });
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void store.getDocumentText(doc.id).then((r) => {
      if (cancelled) return;
      setPreview(
        r.ok
          ? { status: 'ready', counts: normalizeDocument(r.data, []).counts }
          : { status: 'error', error: r },
      );
    });
    return () => {
      cancelled = true;
    };
  }, [store, doc.id]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (preview.status !== 'ready' || totalChanges(preview.counts) === 0) return onClose();
    setBusy(true);
    const r = await store.normalize.document(doc.id);
    setBusy(false);
    setPreview(
      r.ok
        ? { status: 'done', changes: totalChanges(r.data.counts), codings: r.data.codingsMoved }
        : { status: 'error', error: r },
    );
  }

  const total = preview.status === 'ready' ? totalChanges(preview.counts) : 0;
  return (
    <Modal
      open
      title={t('textcheck.normalizeTitle', { title: doc.title })}
      className="text-check-dialog text-check-normalize-dialog"
      onCancel={onClose}
      onSubmit={(e) => void submit(e)}
    >
      <p>{t('textcheck.normalizeIntro')}</p>
      <div role="status" className="text-check-normalize">
        {preview.status === 'loading' && <p>{t('textcheck.normalizeLoading')}</p>}
        {preview.status === 'ready' && total === 0 && <p>{t('textcheck.normalizeNone')}</p>}
        {preview.status === 'ready' && total > 0 && (
          <>
            <p>{t('textcheck.normalizeCount', { count: n(total) })}</p>
            <ul>
              {NORMALIZE_KINDS.filter((k) => preview.counts[k] > 0).map((k) => (
                <li key={k}>{t(`textcheck.kind.${k}`, { count: n(preview.counts[k]) })}</li>
              ))}
            </ul>
          </>
        )}
        {preview.status === 'done' && (
          <p>
            {t('textcheck.normalizeDone', {
              count: n(preview.changes),
              codings: n(preview.codings),
            })}
          </p>
        )}
      </div>
      {preview.status === 'error' && (
        <p role="alert" className="error-text">
          {translateFailure(preview.error, locale)}
        </p>
      )}
      <NormalizeDialogActions
        pending={preview.status === 'ready' && total > 0}
        busy={busy}
        onClose={onClose}
      />
    </Modal>
  );
}
