import { useId, useMemo, useState } from 'react';
import type { CodeId } from '../../../shared/model';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { Codebook, CodebookNode } from '../../hooks/use-codebook';
import { useI18n } from '../../hooks/use-i18n';
import { subtreeOf } from './tree-model';

const ROOT = '__root__';

interface CodeActionsProps {
  readonly codebook: Codebook;
  readonly node: CodebookNode;
  readonly onRename: () => void;
  /** parentId null = top level; the code goes last among its new siblings. */
  readonly onMoveTo: (parentId: CodeId | null) => void;
  readonly onMerge: (targetId: CodeId) => void;
  readonly onDelete: () => void;
}

/**
 * What can be done to the selected code besides editing it: rename, "Move to…" (the keyboard
 * way to do what drag-and-drop does), merge into another code and delete, both confirmed.
 */
export function CodeActions({ codebook, node, ...props }: CodeActionsProps) {
  const { t, n } = useI18n();
  const moveId = useId();
  const mergeId = useId();
  const [moveTo, setMoveTo] = useState('');
  const [mergeInto, setMergeInto] = useState('');
  const [confirm, setConfirm] = useState<'merge' | 'delete' | null>(null);
  const code = node.code;

  const entries = useMemo(
    () => codebook.nodes.map((x) => ({ id: x.code.id, childIds: x.childIds })),
    [codebook],
  );
  const own = useMemo(
    () =>
      subtreeOf(
        entries.map((e) => ({ ...e, parentId: null, name: '', depth: 0 })),
        code.id,
      ),
    [entries, code.id],
  );
  const option = (x: CodebookNode) => (
    <option key={x.code.id} value={x.code.id}>
      {`${'\u00a0\u00a0'.repeat(x.row.depth)}${x.code.name}`}
    </option>
  );
  const moveTargets = codebook.nodes.filter((x) => !own.has(x.code.id));
  const mergeTargets = codebook.nodes.filter((x) => x.code.id !== code.id);
  const target = mergeInto ? codebook.byId.get(mergeInto as CodeId) : undefined;
  const subcodes = own.size - 1;

  return (
    <div className="cb-code-actions">
      <div className="cb-action-row">
        <button type="button" className="btn small" onClick={props.onRename}>
          {t('cb.rename')}
        </button>
        <button type="button" className="btn small danger" onClick={() => setConfirm('delete')}>
          {t('cb.delete')}
        </button>
      </div>
      <div className="cb-action-row">
        <label htmlFor={moveId} className="field-label">
          {t('cb.moveTo')}
        </label>
        <select id={moveId} value={moveTo} onChange={(e) => setMoveTo(e.target.value)}>
          <option value="">{t('cb.choose')}</option>
          <option value={ROOT}>{t('cb.topLevel')}</option>
          {moveTargets.map(option)}
        </select>
        <button
          type="button"
          className="btn small"
          disabled={!moveTo}
          onClick={() => {
            props.onMoveTo(moveTo === ROOT ? null : (moveTo as CodeId));
            setMoveTo('');
          }}
        >
          {t('cb.move')}
        </button>
      </div>
      <div className="cb-action-row">
        <label htmlFor={mergeId} className="field-label">
          {t('cb.mergeInto')}
        </label>
        <select id={mergeId} value={mergeInto} onChange={(e) => setMergeInto(e.target.value)}>
          <option value="">{t('cb.choose')}</option>
          {mergeTargets.map(option)}
        </select>
        <button
          type="button"
          className="btn small"
          disabled={!target}
          onClick={() => setConfirm('merge')}
        >
          {t('cb.merge')}
        </button>
      </div>
      <ConfirmDialog
        open={confirm === 'merge' && target !== undefined}
        title={t('cb.mergeTitle')}
        body={t('cb.mergeBody', {
          source: code.name,
          target: target?.code.name ?? '',
          refs: n(node.row.ownReferences),
          subs: n(node.childIds.length),
        })}
        confirmLabel={t('cb.merge')}
        onConfirm={() => {
          setConfirm(null);
          setMergeInto('');
          if (target) props.onMerge(target.code.id);
        }}
        onCancel={() => setConfirm(null)}
      />
      <ConfirmDialog
        open={confirm === 'delete'}
        title={t('cb.deleteTitle')}
        body={t('cb.deleteBody', {
          name: code.name,
          refs: n(node.row.references),
          subs: n(subcodes),
        })}
        confirmLabel={t('cb.delete')}
        danger
        onConfirm={() => {
          setConfirm(null);
          props.onDelete();
        }}
        onCancel={() => setConfirm(null)}
      />
    </div>
  );
}
