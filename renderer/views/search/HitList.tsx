import type { DocumentId } from '../../../shared/model';
import type { SearchHit } from '../../../shared/search/search-index';
import { pageAt, type PageStart } from '../../../shared/text/pages';
import { useI18n } from '../../hooks/use-i18n';
import type { HitGroup } from '../../../shared/search/group-hits';

interface HitListProps {
  readonly groups: readonly HitGroup[];
  readonly onOpen: (hit: SearchHit) => void;
  /** Page starts of documents imported with pages: their hits show "p. N". */
  readonly pageStarts?: ReadonlyMap<DocumentId, readonly PageStart[]>;
}

/**
 * Keyword in context, grouped by document: each line is before · hit · after, the hit in a
 * middle column so hits line up. Each line takes its document's direction ('auto' when the
 * document has none): a Persian line reads right to left, an English one left to right, whatever
 * the interface language; a Latin word at the start of a Persian context cannot flip the line.
 */
export function HitList({ groups, onOpen, pageStarts }: HitListProps) {
  const { t, n } = useI18n();
  return (
    <div className="sv-groups" role="list" aria-label={t('search.results')}>
      {groups.map((g) => (
        // A div: a <section> may not take the listitem role (axe aria-allowed-role).
        <div
          key={g.document.id}
          className="sv-group"
          role="listitem"
          aria-labelledby={`sv-doc-${g.document.id}`}
        >
          <h2 className="sv-group-head">
            <span id={`sv-doc-${g.document.id}`} className="sv-group-title" dir="auto">
              {g.document.title}
            </span>
            <span className="sv-group-count">{t('search.docHits', { n: n(g.count) })}</span>
          </h2>
          <ol className="sv-lines">
            {g.hits.map((h) => {
              const starts = pageStarts?.get(h.documentId);
              const page = starts ? pageAt(starts, h.start) : undefined;
              return (
                <li key={h.start}>
                  {page !== undefined && (
                    <span className="sv-page">{t('textcheck.page', { page: n(page) })}</span>
                  )}
                  <button
                    type="button"
                    className="sv-line"
                    dir={g.document.direction}
                    title={t('search.openHit')}
                    onClick={() => onOpen(h)}
                  >
                    <span className="sv-before">
                      <span>{oneLine(h.before)}</span>
                    </span>
                    <mark className="sv-hit">{h.match}</mark>
                    <span className="sv-after">{oneLine(h.after)}</span>
                  </button>
                </li>
              );
            })}
          </ol>
        </div>
      ))}
    </div>
  );
}

/** Line breaks and runs of spaces in the context show as one space: a KWIC line is one line. */
function oneLine(s: string): string {
  return s.replace(/\s+/gu, ' ');
}
