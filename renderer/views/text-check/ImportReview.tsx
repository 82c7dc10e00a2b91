import { useId, useState, type FormEvent } from 'react';
import type { RepeatedLine } from '../../../shared/pdf/repeated-lines';
import { Modal } from '../../components/Modal';
import type { ImportReview as Review, ReviewChoice } from '../../hooks/use-import-documents';
import { useI18n } from '../../hooks/use-i18n';
import { BrokenPersianChoice } from './BrokenPersianChoice';
import { RepeatedLinesChoice } from './RepeatedLinesChoice';
import './text-check.css';

interface ImportReviewProps {
  readonly review: Review | null;
}

/**
 * Before saving: each flagged document's choices (issue 11). Broken Persian defaults to "as
 * is" — a repair is never applied unless chosen; running headers and footers default to ticked,
 * shown here line by line, so nothing leaves the text unseen.
 */
export function ImportReview({ review }: ImportReviewProps) {
  return review ? <ReviewDialog review={review} key={review.items.length} /> : null;
}

function ReviewDialog({ review }: { readonly review: Review }) {
  const { t, n } = useI18n();
  const id = useId();
  const [choices, setChoices] = useState<ReviewChoice[]>(() =>
    review.items.map((it) => ({ repair: false, removeLines: it.doc.repeatedLines ?? [] })),
  );
  const set = (i: number, patch: Partial<ReviewChoice>) =>
    setChoices((cs) => cs.map((c, k) => (k === i ? { ...c, ...patch } : c)));

  function submit(e: FormEvent) {
    e.preventDefault();
    void review.confirm(choices);
  }

  return (
    <Modal
      open
      title={t('textcheck.title')}
      className="text-check-dialog"
      onCancel={review.cancel}
      onSubmit={submit}
    >
      <p>{t('textcheck.intro')}</p>
      {review.items.map((it, i) => {
        const choice = choices[i] ?? { repair: false, removeLines: [] };
        return (
          <section key={`${id}-${i}`} className="text-check-doc" aria-labelledby={`${id}-${i}-h`}>
            <h3 id={`${id}-${i}-h`} dir="auto">
              {it.doc.title}
              {it.doc.pages && (
                <span className="muted">
                  {' '}
                  · {t('textcheck.pages', { count: n(it.doc.pages.length) })}
                </span>
              )}
            </h3>
            {it.doc.brokenPersian && (
              <BrokenPersianChoice
                check={it.doc.brokenPersian}
                name={`${id}-${i}-repair`}
                repair={choice.repair}
                onChange={(repair) => set(i, { repair })}
              />
            )}
            {it.doc.repeatedLines && it.doc.repeatedLines.length > 0 && (
              <RepeatedLinesChoice
                lines={it.doc.repeatedLines}
                chosen={choice.removeLines}
                onChange={(removeLines: readonly RepeatedLine[]) => set(i, { removeLines })}
              />
            )}
          </section>
        );
      })}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={review.cancel}>
          {t('textcheck.cancel')}
        </button>
        <button type="submit" className="btn primary">
          {t('textcheck.import')}
        </button>
      </div>
    </Modal>
  );
}
