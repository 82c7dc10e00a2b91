import { useId } from 'react';

/**
 * One labelled choice among fixed values (level, mode, count, percent) in the crosstab and
 * co-occurrence controls: the same label, select and option markup in both tabs.
 */
export function ChoiceField<T extends string>({
  label,
  value,
  options,
  optionLabel,
  onChange,
}: {
  readonly label: string;
  readonly value: T;
  readonly options: readonly T[];
  readonly optionLabel: (value: T) => string;
  readonly onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <span className="xt-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(o)}
          </option>
        ))}
      </select>
    </span>
  );
}
