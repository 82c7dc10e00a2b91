import { useId } from 'react';
import type { SetId } from '../../../shared/model';
import { useI18n } from '../../hooks/use-i18n';
import { useReportOptions } from '../../hooks/use-report-options';
import { useDocumentSets } from '../../hooks/use-sets';

/**
 * The report's set scope (issue 13.4): all documents, or only those of one set. The choice is
 * the shared report option, so the report, the charts and their exports count the same documents.
 */
export function SetScopePicker() {
  const { t, n } = useI18n();
  const options = useReportOptions();
  const sets = useDocumentSets();
  const id = useId();
  const chosen = sets.find((s) => s.set.id === options.setId);
  if (sets.length === 0 && !options.setId) return null;
  return (
    <div className="field sets-scope">
      <label htmlFor={id}>{t('sets.scope')}</label>
      <select
        id={id}
        value={chosen ? chosen.set.id : ''}
        onChange={(e) => options.set({ setId: e.target.value ? (e.target.value as SetId) : null })}
      >
        <option value="">{t('sets.scopeAll')}</option>
        {sets.map(({ set, members }) => (
          <option key={set.id} value={set.id}>
            {t('sets.scopeSet', { name: set.name, count: n(members.length) })}
          </option>
        ))}
      </select>
      {chosen && (
        <span className="rp-filter-note">{t('sets.scopeNote', { name: chosen.set.name })}</span>
      )}
    </div>
  );
}
