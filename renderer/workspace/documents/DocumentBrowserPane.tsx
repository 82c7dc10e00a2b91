import { useState } from 'react';
import type { DocumentId } from '../../../shared/model';
import { langAttr } from '../../components/lang-of';
import { useOpenTranscript } from '../../hooks/use-document-navigation';
import { useI18n } from '../../hooks/use-i18n';
import { useProjectState } from '../../hooks/use-project-store';
import { useWorkspace } from '../../hooks/use-workspace';
import { ImportBar } from '../../views/documents/ImportBar';
import { DocumentFilter } from './DocumentFilter';
import { filterDocuments } from './document-filter';
import { DocumentSetsSection } from '../../views/sets/DocumentSetsSection';
import type { Activation } from '../segments/activation';
import './document-browser.css';

interface DocumentBrowserPaneProps {
  readonly activation: Activation;
  readonly onToggle: (id: DocumentId) => void;
  readonly onSetAll: (ids: readonly DocumentId[]) => void;
}

/** The document browser: every document (open one, activate it), sets below, import on demand. */
export function DocumentBrowserPane({ activation, onToggle, onSetAll }: DocumentBrowserPaneProps) {
  const { t, n, locale } = useI18n();
  const { documents, codings } = useProjectState();
  const { transcript } = useWorkspace();
  const open = useOpenTranscript();
  const [query, setQuery] = useState('');
  const shown = filterDocuments(documents, query);
  const allOn = documents.length > 0 && documents.every((d) => activation.documents.has(d.id));
  return (
    <div className="ws-docs">
      <div className="ws-toolbar">
        <DocumentFilter value={query} onChange={setQuery} />
        <button
          type="button"
          className="btn small"
          disabled={documents.length === 0}
          onClick={() => onSetAll(allOn ? [] : documents.map((d) => d.id))}
        >
          {t(allOn ? 'workspace.docs.deactivateAll' : 'workspace.docs.activateAll')}
        </button>
      </div>
      {documents.length === 0 ? (
        <p className="muted small-print">{t('workspace.docs.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="muted small-print" role="status">
          {t('workspace.docs.noMatch', { q: query.trim() })}
        </p>
      ) : (
        <ul className="ws-list" aria-label={t('workspace.docs.list')}>
          {shown.map((d) => {
            const count = codings.countByDocument(d.id);
            const active = activation.documents.has(d.id);
            return (
              <li key={d.id} className={`ws-row${active ? ' active' : ''}`}>
                <input
                  type="checkbox"
                  checked={active}
                  aria-label={t('workspace.docs.activate', { title: d.title })}
                  onChange={() => onToggle(d.id)}
                />
                <button
                  type="button"
                  className="ws-row-name"
                  dir="auto"
                  // The title in its own language when its script is not the interface's.
                  lang={langAttr(d.title, locale)}
                  title={d.title}
                  aria-current={transcript?.documentId === d.id ? 'true' : undefined}
                  onClick={() => open(d.id)}
                >
                  {d.title}
                </button>
                <span
                  className="ws-count"
                  title={t('workspace.docs.codings', { title: d.title, count: n(count) })}
                >
                  {n(count)}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {/* Sets (issue 13.4): a set's button activates its documents; new sets start from the
          activated ones. */}
      <div className="ws-sets">
        <DocumentSetsSection
          selected={[...activation.documents]}
          onUseSet={onSetAll}
          headingLevel={3}
        />
      </div>
      <details className="ws-import">
        <summary>{t('workspace.docs.import')}</summary>
        <ImportBar />
      </details>
    </div>
  );
}
