import type { CoderId } from '../../../shared/model/ids';
import type { Coder } from '../../../shared/model/types';
import { useI18n } from '../../hooks/use-i18n';

/** "" all coders; NO_CODER codings without a coder; otherwise one coder's id. */
export type CoderChoice = '' | typeof NO_CODER | CoderId;
export const NO_CODER = '__none__';

/** The set the pure computations take (`coderIds`), or undefined for all coders. */
export function coderIdsOf(choice: CoderChoice): ReadonlySet<CoderId | null> | undefined {
  if (choice === '') return undefined;
  return new Set([choice === NO_CODER ? null : choice]);
}

interface CoderFilterProps {
  readonly coders: readonly Coder[];
  readonly value: CoderChoice;
  readonly onChange: (value: CoderChoice) => void;
  readonly id?: string;
}

/** A select of one coder, codings without a coder, or all (the report's and retrieval's filter). */
export function CoderFilter({ coders, value, onChange, id }: CoderFilterProps) {
  const { t } = useI18n();
  return (
    <label className="coder-filter" htmlFor={id}>
      <span>{t('coders.filter')}</span>{' '}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as CoderChoice)}>
        <option value="">{t('coders.filterAll')}</option>
        {coders.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
        <option value={NO_CODER}>{t('coders.filterNone')}</option>
      </select>
    </label>
  );
}
