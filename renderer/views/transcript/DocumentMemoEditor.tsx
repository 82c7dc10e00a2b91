import { useState } from 'react';
import type { DocumentId } from '../../../shared/model';
import { useDocumentMemo } from '../../hooks/use-document-memo';
import { useI18n } from '../../hooks/use-i18n';

/** The document's memo, saved when the field loses focus. */
export function DocumentMemoEditor({ documentId }: { readonly documentId: DocumentId }) {
  const { t } = useI18n();
  const { memo, save } = useDocumentMemo(documentId);
  const stored = memo?.text ?? '';
  const [draft, setDraft] = useState<{ base: string; text: string } | null>(null);
  const [saved, setSaved] = useState(false);
  // A draft made against an older stored text (undo, another window) gives way to the new one.
  const value = draft && draft.base === stored ? draft.text : stored;

  return (
    <section className="side-section" aria-labelledby="side-memo-title">
      <h2 id="side-memo-title">
        <label htmlFor="doc-memo">{t('transcript.docMemo')}</label>
      </h2>
      <textarea
        id="doc-memo"
        data-doc-memo=""
        dir="auto"
        rows={6}
        placeholder={t('transcript.docMemoPlaceholder')}
        value={value}
        onChange={(e) => {
          setDraft({ base: stored, text: e.target.value });
          setSaved(false);
        }}
        onBlur={() => {
          if (value === stored) return;
          void save(value).then((r) => {
            if (r.ok) {
              setDraft(null);
              setSaved(true);
            }
          });
        }}
      />
      {saved && (
        <p className="muted small-print" role="status">
          {t('transcript.memoSaved')}
        </p>
      )}
    </section>
  );
}
