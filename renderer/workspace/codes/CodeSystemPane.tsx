import { useMemo, useState } from 'react';
import { codeTree } from '../../../shared/analysis/code-tree';
import type { CodeId, CodingId } from '../../../shared/model';
import { useI18n } from '../../hooks/use-i18n';
import { useProjectState, useProjectStore } from '../../hooks/use-project-store';
import { useCountMode } from '../../hooks/use-workspace-counts';
import { translateFailure, type Refusal } from '../../i18n/errors';
import type { Activation } from '../segments/activation';
import { codeCounts, filterCodes } from './code-system-model';
import { CodeRow } from './CodeRow';

interface CodeSystemPaneProps {
  readonly activation: Activation;
  readonly onToggle: (id: CodeId) => void;
  readonly onClear: () => void;
  /** A coding picked up in the segments pane to move by keyboard, or null. */
  readonly picked: CodingId | null;
  readonly onPickDone: () => void;
}

/** The code system: filter, counts (own or with subcodes), activation, drag and drop. */
export function CodeSystemPane({
  activation,
  onToggle,
  onClear,
  picked,
  onPickDone,
}: CodeSystemPaneProps) {
  const { t, locale } = useI18n();
  const state = useProjectState();
  const store = useProjectStore();
  const [query, setQuery] = useState('');
  // MAXQDA and NVivo show a parent's total; own-only is a choice the label names. The choice is
  // shared with the transcript's code list (and remembered).
  const { mode, setMode } = useCountMode();
  const [error, setError] = useState<Refusal | null>(null);
  const tree = useMemo(() => codeTree(state.codes), [state.codes]);
  const counts = useMemo(
    () => codeCounts(tree, (id) => state.codings.referenceCount(id), mode),
    // The index is shared between states; a new version means new counts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [tree, mode, state.version],
  );
  const shown = useMemo(() => filterCodes(tree, query), [tree, query]);
  const rows = shown ? tree.filter((node) => shown.has(node.code.id)) : tree;
  const pickedCoding = picked ? state.codings.get(picked) : undefined;
  const pickedName = pickedCoding
    ? (state.codes.find((c) => c.id === pickedCoding.codeId)?.name ?? '')
    : '';

  // One updateCoding: one undo step, through the store like every other change.
  const move = (codingId: string, codeId: CodeId) => {
    const coding = state.codings.get(codingId as CodingId);
    onPickDone();
    if (!coding || coding.codeId === codeId) return;
    void store.updateCoding(coding.id, { codeId }).then((r) => setError(r.ok ? null : r));
  };

  return (
    <div className="ws-codes">
      <div className="ws-toolbar">
        <input
          type="search"
          className="ws-filter"
          value={query}
          placeholder={t('workspace.codes.filterPlaceholder')}
          aria-label={t('workspace.codes.filter')}
          onChange={(e) => setQuery(e.target.value)}
        />
        <label className="ws-check">
          <input
            type="checkbox"
            checked={mode === 'subtree'}
            onChange={(e) => setMode(e.target.checked ? 'subtree' : 'own')}
          />
          {t('workspace.codes.subtree')}
        </label>
        {activation.codes.size > 0 && (
          <button type="button" className="btn small" onClick={onClear}>
            {t('workspace.codes.deactivateAll')}
          </button>
        )}
      </div>
      {pickedCoding && (
        <p className="ws-moving" role="status">
          {t('workspace.codes.moving', { code: pickedName })}{' '}
          <button type="button" className="btn small" onClick={onPickDone}>
            {t('workspace.codes.cancelMove')}
          </button>
        </p>
      )}
      {error && (
        <p role="alert" className="banner error">
          {translateFailure(error, locale)}
        </p>
      )}
      {tree.length === 0 ? (
        <p className="muted small-print">{t('workspace.codes.none')}</p>
      ) : rows.length === 0 ? (
        <p className="muted small-print" role="status">
          {t('workspace.codes.noMatch', { q: query.trim() })}
        </p>
      ) : (
        <ul className="ws-list" aria-label={t('workspace.codes.list')}>
          {rows.map(({ code, depth }) => (
            <CodeRow
              key={code.id}
              code={code}
              depth={depth}
              count={counts.get(code.id) ?? 0}
              active={activation.codes.has(code.id)}
              onToggle={() => onToggle(code.id)}
              onDropCoding={(codingId) => move(codingId, code.id)}
              onMoveHere={
                pickedCoding && pickedCoding.codeId !== code.id
                  ? () => move(pickedCoding.id, code.id)
                  : null
              }
            />
          ))}
        </ul>
      )}
      <p className="muted small-print ws-hint">{t('workspace.codes.hint')}</p>
    </div>
  );
}
