import type { RetrievalRow } from '../../hooks/use-retrieval';
import { useI18n } from '../../hooks/use-i18n';
import { langAttr } from '../../components/lang-of';

interface PassageCardProps {
  readonly row: RetrievalRow;
  readonly index: number;
  readonly onOpen: () => void;
}

/** One retrieved passage: where it is from, its codes, the text in context, the coding memos. */
export function PassageCard({ row, index, onOpen }: PassageCardProps) {
  const { t, n, locale } = useI18n();
  const ctx = row.context;
  const direction = row.document.direction;
  const memo = row.passage.memos.join(' | ');
  return (
    <li className="rv-passage">
      <article aria-label={t('ret.passageLabel', { n: n(index + 1), doc: row.document.title })}>
        <header className="rv-passage-head">
          <span className="rv-passage-doc" dir="auto" lang={langAttr(row.document.title, locale)}>
            {row.document.title}
          </span>
          {row.passage.page !== undefined && (
            <span className="rv-passage-page">
              {t('textcheck.page', { page: n(row.passage.page) })}
            </span>
          )}
          {row.caseName && (
            <span className="rv-passage-case" dir="auto" lang={langAttr(row.caseName, locale)}>
              {row.caseName}
            </span>
          )}
          <span className="rv-passage-codes">
            {row.codeNames.map((name) => (
              <span key={name} className="rv-chip" dir="auto" lang={langAttr(name, locale)}>
                {name}
              </span>
            ))}
          </span>
          <button type="button" className="btn small rv-open-btn" onClick={onOpen}>
            {t('ret.open')}
          </button>
        </header>
        {/* A Persian passage in the English interface (or a Latin one in the Persian) is marked as
            such, for screen readers' voice and the shaping rules; while loading, the interface
            speaks. */}
        <blockquote
          className="rv-passage-text"
          dir={direction === 'auto' ? 'auto' : direction}
          lang={ctx ? langAttr(ctx.before + ctx.match + ctx.after, locale) : undefined}
        >
          {ctx ? (
            <>
              {ctx.clippedBefore && '…'}
              <span className="ctx">{ctx.before}</span>
              <mark>{ctx.match}</mark>
              <span className="ctx">{ctx.after}</span>
              {ctx.clippedAfter && '…'}
            </>
          ) : (
            <span className="muted">{t('status.loading')}</span>
          )}
        </blockquote>
        {row.passage.memos.length > 0 && (
          <p className="rv-passage-memo" dir="auto">
            <strong>{t('ret.memo')}</strong> <span lang={langAttr(memo, locale)}>{memo}</span>
          </p>
        )}
      </article>
    </li>
  );
}
