import { useState } from 'react';
import type { RetrievalRow } from '../../hooks/use-retrieval';
import { useI18n } from '../../hooks/use-i18n';
import { useWorkspace } from '../../hooks/use-workspace';
import { PassageCard } from './PassageCard';
import './passages.css';

/**
 * Retrieved passages as cards, a page at a time ("show more" adds the next page); each opens the
 * transcript at the passage. The Retrieval view and a network theme's passages show this list.
 */
export function PassageList({
  rows,
  pageSize,
}: {
  readonly rows: readonly RetrievalRow[];
  readonly pageSize: number;
}) {
  const { t, n } = useI18n();
  const workspace = useWorkspace();
  const [limit, setLimit] = useState(pageSize);
  return (
    <>
      <ol className="rv-passage-list" aria-label={t('ret.listLabel')}>
        {rows.slice(0, limit).map((row, i) => (
          <PassageCard
            key={row.key}
            row={row}
            index={i}
            onOpen={() =>
              workspace.openTranscript(row.document.id, {
                start: row.passage.start,
                end: row.passage.end,
              })
            }
          />
        ))}
      </ol>
      {rows.length > limit && (
        <button type="button" className="btn" onClick={() => setLimit((l) => l + pageSize)}>
          {t('ret.more', { n: n(Math.min(pageSize, rows.length - limit)) })}
        </button>
      )}
    </>
  );
}
