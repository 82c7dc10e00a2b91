import { useEffect, useMemo, useRef } from 'react';
import type { NetworkNode } from '../../../shared/analysis/network';
import { useAnalysisScope } from '../../hooks/use-analysis-scope';
import { useI18n } from '../../hooks/use-i18n';
import { useRetrieval, type RetrievalQuery } from '../../hooks/use-retrieval';
import { useWorkspace } from '../../hooks/use-workspace';
import type { CoderChoice } from '../../hooks/use-coder-filter';
import { useProjectState } from '../../hooks/use-project-store';
import { PassageList } from '../shared-passages/PassageList';
import { requestRetrieval } from '../retrieval/retrieval-request';

const PAGE = 50;

/**
 * The coded passages of one theme and its sub-themes (of the map's coders), retrieved as the
 * Retrieval view does (same hook, same list); each opens the transcript at the passage, and
 * "Open in Retrieval" carries the same query over to the Retrieval view.
 */
export function NetworkPassages({
  node,
  coder,
  onClose,
}: {
  readonly node: NetworkNode;
  readonly coder: CoderChoice;
  readonly onClose: () => void;
}) {
  const { t, n } = useI18n();
  const workspace = useWorkspace();
  const projectId = useProjectState().project.id;
  const heading = useRef<HTMLHeadingElement>(null);
  // The map counts the report's document set only: so do its passages.
  const scope = useAnalysisScope();
  const query = useMemo<RetrievalQuery>(
    () => ({
      codeIds: [node.id],
      mode: 'or',
      includeSubcodes: true,
      caseFilter: null,
      coder,
      documentIds: scope.setId ? new Set(scope.documents.map((d) => d.id)) : undefined,
    }),
    [node.id, coder, scope],
  );
  const { rows } = useRetrieval(query);
  const docs = new Set(rows.map((r) => r.document.id)).size;
  // Keyed by the theme (NetworkPanel): a new theme mounts afresh, and focus moves to its heading.
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="network-passages" aria-labelledby="network-passages-title">
      <header className="network-passages-head">
        <h2 id="network-passages-title" tabIndex={-1} ref={heading}>
          {t('net.passagesOf', { name: node.name })}
        </h2>
        <button
          type="button"
          className="btn small"
          onClick={() => {
            requestRetrieval(projectId, { codeIds: [node.id], includeSubcodes: true, coder });
            workspace.setView('retrieval');
          }}
        >
          {t('net.openInRetrieval')}
        </button>
        <button type="button" className="btn small" onClick={onClose}>
          {t('net.close')}
        </button>
      </header>
      <p role="status">{t('net.passagesCount', { n: n(rows.length), docs: n(docs) })}</p>
      <PassageList rows={rows} pageSize={PAGE} />
    </section>
  );
}
