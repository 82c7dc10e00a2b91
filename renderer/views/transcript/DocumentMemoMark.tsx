import type { DocumentId } from '../../../shared/model';
import { useDocumentMemo } from '../../hooks/use-document-memo';
import { useI18n } from '../../hooks/use-i18n';
import { firstWords } from './memo-lines';

/**
 * The document's own memo, marked beside the transcript's title (its codings' memos are marked
 * in the margin): pressed, it opens the memo in the side panel — focused, in view.
 */
export function DocumentMemoMark({ documentId }: { readonly documentId: DocumentId }) {
  const { t } = useI18n();
  const { memo } = useDocumentMemo(documentId);
  const text = memo?.text.trim() ?? '';
  if (!text) return null;
  const label = t('transcript.docMemoMark', {
    memo: firstWords(text.split(/\r?\n/).find((l) => l.trim() !== '') ?? ''),
  });
  return (
    <button
      type="button"
      className="memo-mark doc-memo-mark"
      aria-label={label}
      title={label}
      onClick={(e) => {
        const editor = e.currentTarget
          .closest('.transcript-view')
          ?.querySelector<HTMLTextAreaElement>('textarea[data-doc-memo]');
        editor?.scrollIntoView({ block: 'nearest' });
        editor?.focus();
      }}
    >
      <span aria-hidden>✎</span>
    </button>
  );
}
