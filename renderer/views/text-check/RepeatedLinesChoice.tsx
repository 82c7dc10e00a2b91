import type { RepeatedLine } from '../../../shared/pdf/repeated-lines';
import { useI18n } from '../../hooks/use-i18n';

interface Props {
  readonly lines: readonly RepeatedLine[];
  readonly chosen: readonly RepeatedLine[];
  readonly onChange: (chosen: readonly RepeatedLine[]) => void;
}

/** A PDF's running headers and footers, one tick box each: ticked lines are left out. */
export function RepeatedLinesChoice({ lines, chosen, onChange }: Props) {
  const { t, n } = useI18n();
  return (
    <fieldset className="text-check-repeated">
      <legend>{t('textcheck.repeatedTitle')}</legend>
      <p className="muted">{t('textcheck.repeatedBody')}</p>
      {lines.map((line) => {
        const on = chosen.includes(line);
        const where = t(
          line.position === 'top' ? 'textcheck.repeatedTop' : 'textcheck.repeatedBottom',
          {
            count: n(line.ranges.length),
          },
        );
        return (
          <label key={`${line.position}:${line.text}`} className="text-check-line">
            <input
              type="checkbox"
              checked={on}
              onChange={() => onChange(on ? chosen.filter((c) => c !== line) : [...chosen, line])}
            />{' '}
            <span dir="auto" className="text-check-line-text">
              {line.text}
            </span>{' '}
            <span className="muted">({where})</span>
          </label>
        );
      })}
    </fieldset>
  );
}
