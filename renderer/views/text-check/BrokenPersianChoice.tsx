import type { BrokenPersianCheck } from '../../../shared/import';
import { useI18n } from '../../hooks/use-i18n';

interface Props {
  readonly check: BrokenPersianCheck;
  /** The radio group's name (unique per document). */
  readonly name: string;
  readonly repair: boolean;
  readonly onChange: (repair: boolean) => void;
}

/** The broken-Persian warning: what was found, the repair's preview, as is or repaired. */
export function BrokenPersianChoice({ check, name, repair, onChange }: Props) {
  const { t, n } = useI18n();
  return (
    <div className="text-check-broken" role="group" aria-labelledby={`${name}-title`}>
      <h4 id={`${name}-title`}>{t('textcheck.brokenTitle')}</h4>
      <p>{t('textcheck.brokenBody', { score: n(check.score, 4) })}</p>
      <table className="text-check-preview">
        <caption>{t('textcheck.preview')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('textcheck.before')}</th>
            <th scope="col">{t('textcheck.after')}</th>
          </tr>
        </thead>
        <tbody>
          {check.preview.map((p) => (
            <tr key={p.line}>
              <td dir="rtl" lang="fa">
                {p.before}
              </td>
              <td dir="rtl" lang="fa">
                {p.after}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('textcheck.changedLines', { count: n(check.changedLines) })}</p>
      <fieldset className="text-check-radios">
        <legend>{t('textcheck.choice')}</legend>
        <label>
          <input type="radio" name={name} checked={!repair} onChange={() => onChange(false)} />{' '}
          {t('textcheck.asIs')}
        </label>
        <label>
          <input type="radio" name={name} checked={repair} onChange={() => onChange(true)} />{' '}
          {t('textcheck.repaired')}
        </label>
      </fieldset>
    </div>
  );
}
