import { useId, useMemo, useState } from 'react';
import { documentsInSet } from '../../../shared/analysis/document-sets';
import type { DocumentId } from '../../../shared/model';
import { useI18n } from '../../hooks/use-i18n';
import { useProjectState } from '../../hooks/use-project-store';
import { useSetCommands } from '../../hooks/use-sets';
import { translateFailure, type Refusal } from '../../i18n/errors';
import { DocumentChecklist } from './DocumentChecklist';
import { EMPTY_RULE, ruleOfDraft, type RuleDraft, SetRuleEditor } from './SetRuleEditor';

const PREVIEW = 8;

interface Props {
  /** Documents chosen elsewhere (the workspace's activated documents), offered as members. */
  readonly selected: readonly DocumentId[];
  readonly onDone: () => void;
}

/** A new set: its name, then its documents by hand or a rule, with the members it would have. */
export function SetCreateForm({ selected, onDone }: Props) {
  const { t, n, locale } = useI18n();
  const { documents, cases, attributes } = useProjectState();
  const commands = useSetCommands();
  const id = useId();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'manual' | 'rule'>('manual');
  const [picked, setPicked] = useState<ReadonlySet<DocumentId>>(() => new Set(selected));
  const [draft, setDraft] = useState<RuleDraft>(EMPTY_RULE);
  const [error, setError] = useState<Refusal | null>(null);
  const rule = ruleOfDraft(draft);
  const preview = useMemo(
    () =>
      kind === 'manual'
        ? documents.filter((d) => picked.has(d.id))
        : rule
          ? documentsInSet({ kind: 'rule', documentIds: [], rule }, documents, cases)
          : [],
    [kind, picked, rule, documents, cases],
  );

  const submit = async () => {
    const r = await commands.create(
      kind === 'manual'
        ? { name, kind, documentIds: [...picked] }
        : { name, kind, rule: rule ?? { match: 'all', conditions: [] } },
    );
    if (!r.ok) return setError(r);
    onDone();
  };

  return (
    <form
      className="sets-form"
      aria-label={t('sets.new')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={`${id}-name`}>{t('sets.name')}</label>
      <input
        id={`${id}-name`}
        value={name}
        onChange={(e) => setName(e.target.value)}
        autoFocus
        required
      />
      <fieldset className="sets-kind">
        <legend>{t('sets.kind')}</legend>
        {(['manual', 'rule'] as const).map((k) => (
          <label key={k}>
            <input
              type="radio"
              name={`${id}-kind`}
              checked={kind === k}
              onChange={() => setKind(k)}
            />
            {t(k === 'manual' ? 'sets.byHand' : 'sets.byRule')}
          </label>
        ))}
      </fieldset>
      {kind === 'manual' ? (
        <>
          {selected.length > 0 && (
            <button type="button" onClick={() => setPicked(new Set(selected))}>
              {t('sets.fromSelection', { count: n(selected.length) })}
            </button>
          )}
          <DocumentChecklist
            legend={t('sets.pickDocuments')}
            documents={documents}
            checked={picked}
            onToggle={(d, on) => {
              const next = new Set(picked);
              if (on) next.add(d);
              else next.delete(d);
              setPicked(next);
            }}
          />
        </>
      ) : (
        <SetRuleEditor
          idPrefix={id}
          draft={draft}
          attributes={attributes}
          cases={cases}
          onChange={setDraft}
        />
      )}
      <div className="sets-preview" aria-live="polite">
        <strong>{t('sets.preview', { count: n(preview.length) })}</strong>
        {preview.length > 0 && (
          <span>
            {' '}
            {preview
              .slice(0, PREVIEW)
              .map((d) => d.title)
              .join(t('sets.valueSeparator'))}
            {preview.length > PREVIEW &&
              ` ${t('sets.previewMore', { count: n(preview.length - PREVIEW) })}`}
          </span>
        )}
      </div>
      {error && (
        <p role="alert" className="banner error">
          {translateFailure(error, locale)}
        </p>
      )}
      <div className="sets-actions">
        <button type="submit" className="primary">
          {t('sets.create')}
        </button>
        <button type="button" onClick={onDone}>
          {t('sets.cancel')}
        </button>
      </div>
    </form>
  );
}
