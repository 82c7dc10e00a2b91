import { useId, useMemo } from 'react';
import { codeTree } from '../../../shared/analysis/code-tree';
import type { WordScope } from '../../../shared/analysis/word-frequency';
import type { CodeId, DocumentId } from '../../../shared/model';
import { useI18n } from '../../hooks/use-i18n';
import { useProjectState } from '../../hooks/use-project-store';

export interface WordsScopeProps {
  readonly scope: WordScope;
  readonly onChange: (scope: WordScope) => void;
}

/** What to count: the whole project, chosen documents, or the passages of a code. */
export function WordsScope({ scope, onChange }: WordsScopeProps) {
  const { t } = useI18n();
  const { documents, codes } = useProjectState();
  const codeSelect = useId();
  const chosen = scope.kind === 'documents' ? new Set(scope.documentIds) : new Set<DocumentId>();
  const tree = useMemo(() => codeTree(codes), [codes]);
  const firstCode = tree[0]?.code.id;
  const toggle = (id: DocumentId, on: boolean) => {
    const ids = documents.map((d) => d.id).filter((d) => (d === id ? on : chosen.has(d)));
    onChange({ kind: 'documents', documentIds: ids });
  };
  return (
    <fieldset className="wf-scope">
      <legend>{t('words.scope')}</legend>
      <label className="wf-check">
        <input
          type="radio"
          name="wf-scope"
          checked={scope.kind === 'project'}
          onChange={() => onChange({ kind: 'project' })}
        />{' '}
        {t('words.scope.project')}
      </label>
      <label className="wf-check">
        <input
          type="radio"
          name="wf-scope"
          checked={scope.kind === 'documents'}
          onChange={() => onChange({ kind: 'documents', documentIds: documents.map((d) => d.id) })}
        />{' '}
        {t('words.scope.documents')}
      </label>
      <label className="wf-check">
        <input
          type="radio"
          name="wf-scope"
          checked={scope.kind === 'code'}
          disabled={!firstCode}
          onChange={() => firstCode && onChange({ kind: 'code', codeId: firstCode })}
        />{' '}
        {t('words.scope.code')}
      </label>
      {!firstCode && <p className="muted">{t('words.code.none')}</p>}
      {scope.kind === 'documents' && (
        <fieldset className="wf-docs">
          <legend>{t('words.documents')}</legend>
          {documents.map((d) => (
            <label key={d.id} className="wf-check" dir="auto">
              <input
                type="checkbox"
                checked={chosen.has(d.id)}
                onChange={(e) => toggle(d.id, e.target.checked)}
              />{' '}
              {d.title}
            </label>
          ))}
        </fieldset>
      )}
      {scope.kind === 'code' && (
        <div className="row">
          <label htmlFor={codeSelect}>{t('words.code')}</label>
          <select
            id={codeSelect}
            dir="auto"
            value={scope.codeId}
            onChange={(e) => onChange({ kind: 'code', codeId: e.target.value as CodeId })}
          >
            {tree.map(({ code, depth }) => (
              <option key={code.id} value={code.id}>
                {'\u00a0\u00a0'.repeat(depth)}
                {code.name}
              </option>
            ))}
          </select>
        </div>
      )}
    </fieldset>
  );
}
