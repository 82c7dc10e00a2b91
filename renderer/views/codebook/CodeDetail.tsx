import { useState } from 'react';
import type { CodePatch } from '../../../shared/db/codes-repo';
import type { CodebookNode } from '../../hooks/use-codebook';
import { useI18n } from '../../hooks/use-i18n';
import type { MessageKey } from '../../i18n/catalog';
import { ColorPicker } from './ColorPicker';

type TextField = 'description' | 'whenToUse' | 'whenNotToUse' | 'example';
const FIELDS: readonly { readonly key: TextField; readonly label: MessageKey }[] = [
  { key: 'description', label: 'cb.field.description' },
  { key: 'whenToUse', label: 'cb.field.whenToUse' },
  { key: 'whenNotToUse', label: 'cb.field.whenNotToUse' },
  { key: 'example', label: 'cb.field.example' },
];

interface CodeDetailProps {
  readonly node: CodebookNode;
  readonly onUpdate: (patch: CodePatch) => void;
}

/** The codebook entry of one code: colour and the four definition fields, saved on leaving a field. */
export function CodeDetail({ node, onUpdate }: CodeDetailProps) {
  const { t, n } = useI18n();
  const { code, row } = node;
  return (
    <div className="code-detail">
      <div className="cb-detail-head">
        <span className="cb-swatch cb-big" style={{ background: code.color }} aria-hidden="true" />
        <h2 dir="auto">{code.name}</h2>
        <span className={`cb-level-tag cb-level-${row.level}`}>{t(`cb.level.${row.level}`)}</span>
      </div>
      {row.path.length > 1 && (
        <p className="muted cb-path" dir="auto">
          {row.path.slice(0, -1).join(' › ')}
        </p>
      )}
      <dl className="cb-detail-counts">
        <div>
          <dt>{t('cb.sources')}</dt>
          <dd>{n(row.sources)}</dd>
        </div>
        <div>
          <dt>{t('cb.references')}</dt>
          <dd>{n(row.references)}</dd>
        </div>
        <div>
          <dt>{t('cb.ownReferences')}</dt>
          <dd>{n(row.ownReferences)}</dd>
        </div>
        <div>
          <dt>{t('cb.subcodes')}</dt>
          <dd>{n(node.childIds.length)}</dd>
        </div>
      </dl>
      <h3>{t('cb.colour')}</h3>
      <ColorPicker value={code.color} onChange={(color) => onUpdate({ color })} />
      {FIELDS.map((f) => (
        // Keyed by code so switching codes resets the drafts.
        <DefinitionField
          key={`${code.id}-${f.key}`}
          label={t(f.label)}
          value={code[f.key]}
          onSave={(v) => onUpdate({ [f.key]: v })}
        />
      ))}
    </div>
  );
}

function DefinitionField(props: { label: string; value: string; onSave: (value: string) => void }) {
  const [draft, setDraft] = useState(props.value);
  const [seen, setSeen] = useState(props.value);
  // A change from elsewhere (undo, another window) replaces the draft.
  if (props.value !== seen) {
    setSeen(props.value);
    setDraft(props.value);
  }
  return (
    <label className="cb-definition-field">
      <span className="field-label">{props.label}</span>
      <textarea
        dir="auto"
        rows={3}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (draft !== props.value) props.onSave(draft);
        }}
      />
    </label>
  );
}
