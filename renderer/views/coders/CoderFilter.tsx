import { useId } from 'react';
import type { Coder } from '../../../shared/model/types';
import { NO_CODER, type CoderChoice } from '../../hooks/use-coder-filter';
import { useI18n } from '../../hooks/use-i18n';

interface CoderFilterProps {
  readonly coders: readonly Coder[];
  readonly value: CoderChoice;
  readonly onChange: (value: CoderChoice) => void;
  readonly id?: string;
}

/** A select of one coder, codings without a coder, or all (the report's and retrieval's filter). */
export function CoderFilter({ coders, value, onChange, id }: CoderFilterProps) {
  const { t } = useI18n();
  const own = useId();
  const selectId = id ?? own;
  return (
    <span className="coder-filter">
      <label htmlFor={selectId}>{t('coders.filter')}</label>{' '}
      <select id={selectId} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('coders.filterAll')}</option>
        {coders.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
        <option value={NO_CODER}>{t('coders.filterNone')}</option>
      </select>
    </span>
  );
}
