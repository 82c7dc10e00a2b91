import type { ReactNode } from 'react';
import { useOpenTranscript } from '../../hooks/use-document-navigation';
import { MAX_ITEMS, useCellItems, type CellTarget } from '../../hooks/use-crosstab-passages';
import { useI18n } from '../../hooks/use-i18n';

interface CellItemsProps {
  readonly target: CellTarget;
  /** "row × column: N results" (see CellHeading). */
  readonly heading: ReactNode;
  readonly onClose: () => void;
}

/**
 * "row × column: N results", each name in its own <bdi>: two Persian names around "×" in an
 * English sentence would otherwise be laid out as one right-to-left run, in reverse order.
 */
export function CellHeading(props: {
  readonly row: string;
  readonly col: string;
  readonly n: number;
}) {
  const { t, n } = useI18n();
  return (
    <>
      <bdi>{props.row}</bdi> × <bdi>{props.col}</bdi>: {t('xt.results', { n: n(props.n) })}
    </>
  );
}

/**
 * What a crosstab or co-occurrence cell retrieves: its passages in context (or its documents),
 * each a click away from the transcript; cases without documents by name.
 */
export function CellItems({ target, heading, onClose }: CellItemsProps) {
  const { t, n } = useI18n();
  const open = useOpenTranscript();
  const { items, total, caseNames, loading } = useCellItems(target);
  return (
    <section className="xt-items" aria-labelledby="xt-items-heading">
      <header className="xt-items-head">
        <h2 id="xt-items-heading">{heading}</h2>
        <button type="button" className="btn small" onClick={onClose}>
          {t('xt.close')}
        </button>
      </header>
      <p className="muted" role="status" aria-live="polite">
        {loading
          ? t('xt.loading')
          : total === 0 && caseNames.length === 0
            ? t('xt.retrievedNone')
            : ''}
      </p>
      {total > MAX_ITEMS && (
        <p className="muted">{t('xt.truncated', { shown: n(MAX_ITEMS), total: n(total) })}</p>
      )}
      {caseNames.length > 0 && (
        <p dir="auto">{t('xt.documentsOnly', { names: caseNames.join('، ') })}</p>
      )}
      <ol className="xt-item-list">
        {items.map((item, i) => (
          <li key={item.key} className="xt-item">
            <article aria-label={t('xt.passage', { n: n(i + 1), doc: item.document.title })}>
              <header className="xt-item-head">
                <span className="xt-item-doc" dir="auto">
                  {item.document.title}
                </span>
                <button
                  type="button"
                  className="btn small"
                  onClick={() =>
                    open(
                      item.document.id,
                      item.end > item.start ? { start: item.start, end: item.end } : null,
                    )
                  }
                >
                  {t('xt.open')}
                </button>
              </header>
              {item.end > item.start ? (
                <blockquote
                  className="xt-item-text"
                  dir={item.document.direction === 'auto' ? 'auto' : item.document.direction}
                >
                  {item.context ? (
                    <>
                      {item.context.clippedBefore && '…'}
                      <span className="ctx">{item.context.before}</span>
                      <mark>{item.context.match}</mark>
                      <span className="ctx">{item.context.after}</span>
                      {item.context.clippedAfter && '…'}
                    </>
                  ) : (
                    <span className="muted">{t('xt.loading')}</span>
                  )}
                </blockquote>
              ) : (
                <p className="muted">{t('xt.wholeDocument')}</p>
              )}
            </article>
          </li>
        ))}
      </ol>
    </section>
  );
}
