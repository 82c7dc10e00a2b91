import { useState } from 'react';
import type { DocumentMeta } from '../../../shared/model';
import { useI18n } from '../../hooks/use-i18n';
import { useProjectStore } from '../../hooks/use-project-store';
import { useSourceLabels } from '../../hooks/use-source-labels';
import { translateFailure } from '../../i18n/errors';

/**
 * A document's source label in the documents list (issue 13.6): its own label, or the default
 * (the case's name, a running number) in muted type; click to edit, empty to go back to the
 * default. A label with a comma is refused: commas join labels in the report.
 */
export function SourceLabelCell({ doc }: { readonly doc: DocumentMeta }) {
  const { t, locale } = useI18n();
  const store = useProjectStore();
  const shown = useSourceLabels().labels.get(doc.id) ?? '';
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const name = t('documents.labelOf', { title: doc.title });

  async function save(value: string) {
    if (value.trim() === (doc.label ?? '')) return setDraft(null);
    const r = await store.setDocumentLabel(doc.id, value);
    if (r.ok) {
      setDraft(null);
      setError(null);
    } else setError(translateFailure(r, locale));
  }

  if (draft === null) {
    return (
      <button
        type="button"
        className={`chip-button${doc.label ? '' : ' empty'}`}
        aria-label={`${name}: ${shown}`}
        title={t('documents.labelHint')}
        onClick={() => setDraft(doc.label ?? '')}
      >
        <span dir="auto">{shown}</span>
      </button>
    );
  }
  return (
    <span className="source-label-edit">
      <input
        type="text"
        dir="auto"
        size={10}
        aria-label={name}
        aria-invalid={error !== null}
        aria-describedby={error ? `label-error-${doc.id}` : undefined}
        placeholder={shown}
        value={draft}
        autoFocus
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void save(draft);
          if (e.key === 'Escape') {
            setDraft(null);
            setError(null);
          }
        }}
        onBlur={() => void save(draft)}
      />
      {error && (
        <span id={`label-error-${doc.id}`} role="alert" className="field-error">
          {error}
        </span>
      )}
    </span>
  );
}
