import { useState } from 'react';
import type { Attribute } from '../../../shared/model';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../hooks/use-i18n';
import type { MessageKey } from '../../i18n/catalog';

interface ColumnHeaderProps {
  readonly attribute: Attribute;
  readonly valuesSet: number;
  readonly onRename: (name: string) => Promise<string | null>;
  readonly onDelete: () => void;
}

export function typeLabel(attribute: Attribute): MessageKey {
  if (attribute.type === 'year') {
    return attribute.calendar === 'gregorian' ? 'cases.type.yearGregorian' : 'cases.type.yearSolar';
  }
  return `cases.type.${attribute.type}`;
}

/** An attribute column's header: its name and type, with rename and delete. */
export function ColumnHeader({ attribute, valuesSet, onRename, onDelete }: ColumnHeaderProps) {
  const { t, n } = useI18n();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(attribute.name);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  async function save() {
    const name = draft.trim();
    if (!name || name === attribute.name) {
      setEditing(false);
      return;
    }
    const problem = await onRename(name);
    if (problem) setError(problem);
    else setEditing(false);
  }

  return (
    <div className="cs-col-head">
      {editing ? (
        <input
          type="text"
          dir="auto"
          aria-label={t('cases.renameColumnTo', { name: attribute.name })}
          value={draft}
          autoFocus
          aria-invalid={error ? true : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void save();
            if (e.key === 'Escape') setEditing(false);
          }}
          onBlur={() => void save()}
        />
      ) : (
        <span className="col-name" dir="auto">
          {attribute.name}
        </span>
      )}
      <span className="cs-col-type">{t(typeLabel(attribute))}</span>
      <span className="cs-col-tools">
        <button
          type="button"
          className="cs-icon-btn"
          aria-label={t('cases.renameColumn', { name: attribute.name })}
          title={t('cases.renameColumn', { name: attribute.name })}
          onClick={() => {
            setDraft(attribute.name);
            setError(null);
            setEditing(true);
          }}
        >
          ✎
        </button>
        <button
          type="button"
          className="cs-icon-btn danger"
          aria-label={t('cases.deleteColumn', { name: attribute.name })}
          title={t('cases.deleteColumn', { name: attribute.name })}
          onClick={() => setConfirming(true)}
        >
          ×
        </button>
      </span>
      {error && (
        <span role="alert" className="cs-cell-error">
          {error}
        </span>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('cases.deleteColumnTitle')}
        body={t('cases.deleteColumnBody', { name: attribute.name, n: n(valuesSet) })}
        confirmLabel={t('cb.delete')}
        danger
        onConfirm={() => {
          setConfirming(false);
          onDelete();
        }}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
