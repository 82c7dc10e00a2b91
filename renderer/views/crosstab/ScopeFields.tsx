import type { Coder } from '../../../shared/model/types';
import type { CoderChoice } from '../../hooks/use-coder-filter';
import { useI18n } from '../../hooks/use-i18n';
import { CoderFilter } from '../coders/CoderFilter';
import { SetScopePicker } from '../sets/SetScopePicker';

/**
 * The end of the crosstab and co-occurrence controls: whose codings count, which documents (the
 * report's shared set choice) and the CSV download — the same fields in both tabs.
 */
export function ScopeFields({
  id,
  coders,
  coder,
  onCoder,
  onDownload,
}: {
  readonly id: string;
  readonly coders: readonly Coder[];
  readonly coder: CoderChoice;
  readonly onCoder: (coder: CoderChoice) => void;
  readonly onDownload: () => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <span className="xt-field">
        <CoderFilter id={id} coders={coders} value={coder} onChange={onCoder} />
      </span>
      <SetScopePicker />
      <button type="button" className="btn small" onClick={onDownload}>
        {t('xt.download')}
      </button>
    </>
  );
}
