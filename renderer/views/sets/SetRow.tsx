import { useState } from 'react';
import type { Attribute, DocumentId, DocumentMeta } from '../../../shared/model';
import { toPersianDigits } from '../../../shared/text/persian';
import { useI18n } from '../../hooks/use-i18n';
import type { SetWithMembers } from '../../hooks/use-sets';
import { DocumentChecklist } from './DocumentChecklist';

interface Props {
  readonly item: SetWithMembers;
  readonly documents: readonly DocumentMeta[];
  readonly attributes: readonly Attribute[];
  readonly onRename: (name: string) => Promise<boolean>;
  readonly onDelete: () => void;
  readonly onMembers: (id: DocumentId, on: boolean) => void;
  readonly onUse?: (ids: DocumentId[]) => void;
}

/** One set: name, kind and member count; rename in place, delete, members or its rule. */
export function SetRow({
  item,
  documents,
  attributes,
  onRename,
  onDelete,
  onMembers,
  onUse,
}: Props) {
  const { t, n, locale } = useI18n();
  const { set, members } = item;
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(set.name);
  const [open, setOpen] = useState(false);
  const digits = (s: string) => (locale === 'fa' ? toPersianDigits(s) : s);
  const ruleText = set.rule
    ? set.rule.conditions
        .map((c) =>
          t('sets.ruleSummary', {
            attribute: attributes.find((a) => a.id === c.attributeId)?.name ?? '?',
            values: c.values.map((v) => digits(String(v))).join(t('sets.valueSeparator')),
          }),
        )
        .join(t(set.rule.match === 'any' ? 'sets.ruleOr' : 'sets.ruleAnd'))
    : '';
  const memberIds = new Set(members.map((d) => d.id));
  return (
    <li className="sets-row" data-set-id={set.id}>
      {renaming ? (
        <form
          className="sets-rename"
          onSubmit={(e) => {
            e.preventDefault();
            void onRename(name).then((done) => done && setRenaming(false));
          }}
        >
          <input
            aria-label={t('sets.renameTo', { name: set.name })}
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoFocus
          />
          <button type="submit">{t('sets.save')}</button>
          <button type="button" onClick={() => setRenaming(false)}>
            {t('sets.cancel')}
          </button>
        </form>
      ) : (
        <div className="sets-head">
          <span className="sets-name" dir="auto">
            {set.name}
          </span>
          <span className="sets-kind-badge">
            {t(set.kind === 'rule' ? 'sets.kind.rule' : 'sets.kind.manual')}
          </span>
          <span className="sets-count">
            {members.length === 1
              ? t('sets.membersOne')
              : t('sets.members', { count: n(members.length) })}
          </span>
        </div>
      )}
      {ruleText && <p className="sets-rule-text muted">{ruleText}</p>}
      <div className="sets-row-actions">
        {set.kind === 'manual' && (
          <button
            type="button"
            aria-expanded={open}
            aria-label={t('sets.editMembersLabel', { name: set.name })}
            onClick={() => setOpen(!open)}
          >
            {t('sets.editMembers')}
          </button>
        )}
        {onUse && (
          <button
            type="button"
            aria-label={t('sets.useLabel', { name: set.name })}
            onClick={() => onUse(members.map((d) => d.id))}
          >
            {t('sets.use')}
          </button>
        )}
        <button
          type="button"
          aria-label={t('sets.renameLabel', { name: set.name })}
          onClick={() => {
            setName(set.name);
            setRenaming(true);
          }}
        >
          {t('sets.rename')}
        </button>
        <button
          type="button"
          aria-label={t('sets.deleteLabel', { name: set.name })}
          onClick={onDelete}
        >
          {t('sets.delete')}
        </button>
      </div>
      {open && set.kind === 'manual' && (
        <DocumentChecklist
          legend={t('sets.editMembersLabel', { name: set.name })}
          documents={documents}
          checked={memberIds}
          onToggle={onMembers}
          labelOf={(d) => t('sets.memberOf', { title: d.title, name: set.name })}
        />
      )}
    </li>
  );
}
