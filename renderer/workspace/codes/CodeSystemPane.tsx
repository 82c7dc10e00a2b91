import { useMemo, useRef, useState } from 'react';
import { codeTree } from '../../../shared/analysis/code-tree';
import type { Code, CodeId, CodingId } from '../../../shared/model';
import { useI18n } from '../../hooks/use-i18n';
import { useProjectState, useProjectStore } from '../../hooks/use-project-store';
import { useWorkspace } from '../../hooks/use-workspace';
import { useCountMode, useNextPassage } from '../../hooks/use-workspace-counts';
import { translateFailure, type Refusal } from '../../i18n/errors';
import { codeCounts, filterCodes } from '../../code-tree/code-system-model';
import { documentCodeCounts } from '../../code-tree/document-counts';
import type { Activation } from '../segments/activation';
import { CodeMemoDialog } from './CodeMemoDialog';
import { CodeRow } from './CodeRow';

interface CodeSystemPaneProps {
  readonly activation: Activation;
  readonly onToggle: (id: CodeId) => void;
  readonly onClear: () => void;
  /** A coding picked up in the segments pane to move by keyboard, or null. */
  readonly picked: CodingId | null;
  readonly onPickDone: () => void;
  /** "Cancel the move": the caller puts the focus back on the coding picked up. */
  readonly onPickCancel: () => void;
}

/** The code system: filter, counts (own or with subcodes), activation, drag and drop. */
export function CodeSystemPane({
  activation,
  onToggle,
  onClear,
  picked,
  onPickDone,
  onPickCancel,
}: CodeSystemPaneProps) {
  const { t, locale } = useI18n();
  const state = useProjectState();
  const store = useProjectStore();
  const [query, setQuery] = useState('');
  // MAXQDA and NVivo show a parent's total; own-only is a choice the label names. The choice is
  // shared with the transcript's code list (and remembered).
  const { mode, setMode } = useCountMode();
  const [error, setError] = useState<Refusal | null>(null);
  const [memoOf, setMemoOf] = useState<{ code: Code; button: HTMLButtonElement } | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const { transcript } = useWorkspace();
  const tree = useMemo(() => codeTree(state.codes), [state.codes]);
  const counts = useMemo(
    () => codeCounts(tree, (id) => state.codings.referenceCount(id), mode),
    // The index is shared between states; a new version means new counts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [tree, mode, state.version],
  );
  // The open document's passages per code: the counts the transcript's own code list had.
  const here = useMemo(
    () =>
      transcript
        ? documentCodeCounts(tree, state.codings.byDocument(transcript.documentId), mode)
        : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [tree, mode, state.version, transcript?.documentId],
  );
  const nextPassage = useNextPassage(tree, mode);
  const memoCodes = useMemo(
    () =>
      new Set(
        state.memos.flatMap((m) => (m.target.kind === 'code' ? [m.target.id as string] : [])),
      ),
    [state.memos],
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
          <button
            type="button"
            className="btn small"
            onClick={() => {
              // The button goes with the activation: the focus moves to the first code that was
              // active (still in the list), not to <body>.
              const first = list.current?.querySelector<HTMLElement>('.ws-code.active input');
              onClear();
              (first ?? list.current?.querySelector<HTMLElement>('input'))?.focus();
            }}
          >
            {t('workspace.codes.deactivateAll')}
          </button>
        )}
      </div>
      {pickedCoding && (
        <p className="ws-moving" role="status">
          {t('workspace.codes.moving', { code: pickedName })}{' '}
          <button type="button" className="btn small" onClick={onPickCancel}>
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
        <ul className="ws-list" ref={list} aria-label={t('workspace.codes.list')}>
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
              hasMemo={memoCodes.has(code.id)}
              onMemo={(button) => setMemoOf({ code, button })}
              here={here ? (here.get(code.id) ?? 0) : null}
              onNext={() => nextPassage?.(code.id)}
            />
          ))}
        </ul>
      )}
      <p className="muted small-print ws-hint">{t('workspace.codes.hint')}</p>
      {memoOf && (
        <CodeMemoDialog
          code={memoOf.code}
          onClose={() => {
            const back = memoOf.button;
            setMemoOf(null);
            // After the dialog has gone (the row, and so the button, is still there).
            requestAnimationFrame(() => back.focus());
          }}
        />
      )}
    </div>
  );
}
