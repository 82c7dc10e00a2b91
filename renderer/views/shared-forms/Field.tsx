// The labelled fields the memo and case forms are made of: a label above its control in a
// `.field`, the label tied to the control by id (so the control is named), text typed in its own
// direction (dir="auto": a Latin name in the Persian interface reads left to right).

interface FieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/** A one-line text (or search) box; with `rows`, a text area of that many rows. */
export function TextField({
  id,
  label,
  value,
  onChange,
  type = 'text',
  placeholder,
  rows,
}: FieldProps & {
  readonly type?: 'text' | 'search';
  readonly placeholder?: string;
  readonly rows?: number;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {rows ? (
        <textarea
          id={id}
          dir="auto"
          rows={rows}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input
          id={id}
          type={type}
          dir="auto"
          placeholder={placeholder}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </div>
  );
}

/**
 * A choice among `options` ([value, shown name]); `none` names a first option of value '' (no
 * choice yet, or "all"). `dir="auto"` where the names are the researcher's own.
 */
export function SelectField({
  id,
  label,
  value,
  onChange,
  options,
  none,
  dir,
}: FieldProps & {
  readonly options: readonly (readonly [string, string])[];
  readonly none?: string;
  readonly dir?: 'auto';
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} dir={dir} value={value} onChange={(e) => onChange(e.target.value)}>
        {none !== undefined && <option value="">{none}</option>}
        {options.map(([v, name]) => (
          <option key={v} value={v}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
