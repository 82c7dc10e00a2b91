import { useState } from 'react';
import type { DocumentId } from '../../../shared/model';
import { useI18n } from '../../hooks/use-i18n';
import { useProjectState } from '../../hooks/use-project-store';
import { useDocumentSets, useSetCommands } from '../../hooks/use-sets';
import { translateFailure, type Refusal } from '../../i18n/errors';
import { SetCreateForm } from './SetCreateForm';
import { SetRow } from './SetRow';
import './sets.css';

export interface DocumentSetsSectionProps {
  /** Documents chosen in the host (the workspace's activated ones): offered for a new set. */
  readonly selected?: readonly DocumentId[];
  /** When given, each set has a button that hands its members to the host (activate them). */
  readonly onUseSet?: (documentIds: DocumentId[]) => void;
  /** The heading level that fits the host (h2 in the Documents view, h3 in a pane). */
  readonly headingLevel?: 2 | 3;
}

/**
 * Document sets (issue 13.4): the list with member counts; a new set by hand (from the host's
 * selection or a checklist) or from a rule on case attributes with a live preview; rename,
 * delete, change the members. Every change is one undo step of the project store.
 */
export function DocumentSetsSection({
  selected = [],
  onUseSet,
  headingLevel = 2,
}: DocumentSetsSectionProps) {
  const { t, locale } = useI18n();
  const { documents, attributes } = useProjectState();
  const sets = useDocumentSets();
  const commands = useSetCommands();
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<Refusal | null>(null);
  const [notice, setNotice] = useState('');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const report = (r: { ok: boolean } & Partial<{ reason: string }>) => {
    setError(r.ok ? null : (r as Refusal));
    return r.ok;
  };
  return (
    <section className="sets-section" aria-labelledby="sets-title">
      <Heading id="sets-title">{t('sets.title')}</Heading>
      <p className="muted sets-intro">{t('sets.intro')}</p>
      {error && (
        <p role="alert" className="banner error">
          {translateFailure(error, locale)}
        </p>
      )}
      <p role="status" className="sets-notice">
        {notice}
      </p>
      {sets.length === 0 ? (
        <p className="muted">{t('sets.empty')}</p>
      ) : (
        <ul className="sets-list" aria-label={t('sets.list')}>
          {sets.map((item) => (
            <SetRow
              key={item.set.id}
              item={item}
              documents={documents}
              attributes={attributes}
              onUse={onUseSet}
              onRename={async (name) => report(await commands.update(item.set.id, { name }))}
              onDelete={() =>
                void commands.remove(item.set.id).then((r) => {
                  if (report(r)) setNotice(t('sets.deleted', { name: item.set.name }));
                })
              }
              onMembers={(id, on) =>
                void (
                  on
                    ? commands.addDocuments(item.set.id, [id])
                    : commands.removeDocuments(item.set.id, [id])
                ).then(report)
              }
            />
          ))}
        </ul>
      )}
      {creating ? (
        <SetCreateForm selected={selected} onDone={() => setCreating(false)} />
      ) : (
        <button
          type="button"
          onClick={() => {
            setNotice('');
            setCreating(true);
          }}
        >
          {t('sets.new')}
        </button>
      )}
    </section>
  );
}
