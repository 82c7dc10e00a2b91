import { useId, useState } from 'react';
import type { Attribute, AttributeValue } from '../../../shared/model';
import { toPersianDigits } from '../../../shared/text/persian';
import { useI18n } from '../../hooks/use-i18n';
import { editText, formatValue, parseInput, type ParseError } from './attribute-format';

interface AttributeCellProps {
  /** null for the case-name column (plain required text). */
  readonly attribute: Attribute | null;
  readonly caseName: string;
  readonly value: AttributeValue;
  /** Resolves to an error message, or null when saved. */
  readonly onSave: (value: AttributeValue) => Promise<string | null>;
}

const ERRORS: Record<ParseError, 'cases.err.number' | 'cases.err.year' | 'cases.err.category'> = {
  number: 'cases.err.number',
  year: 'cases.err.year',
  category: 'cases.err.category',
};

/**
 * A table cell that turns into an editor: a select for categories, a text box otherwise (numbers
 * and years take Persian digits). Enter or leaving the box saves, Escape cancels; a bad value
 * keeps the editor open with the reason.
 */
export function AttributeCell({ attribute, caseName, value, onSave }: AttributeCellProps) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const column = attribute?.name ?? t('cases.colName');
  const label = t('cases.cellLabel', { column, name: caseName });
  const shown = attribute ? formatValue(attribute, value, locale) : String(value ?? '');

  async function commit(text: string) {
    let next: AttributeValue;
    if (attribute) {
      const parsed = parseInput(attribute, text);
      if (!parsed.ok) {
        setError(t(ERRORS[parsed.error]));
        return;
      }
      next = parsed.value;
    } else {
      next = text.trim();
      if (!next) {
        setError(t('cases.err.name'));
        return;
      }
    }
    if (next === value) {
      setEditing(false);
      return;
    }
    const problem = await onSave(next);
    if (problem) setError(problem);
    else {
      setError(null);
      setEditing(false);
    }
  }

  if (!editing) {
    return (
      <button
        type="button"
        className={`cs-cell-button${attribute?.type === 'number' || attribute?.type === 'year' ? ' cs-numeric' : ''}`}
        aria-label={`${label}: ${shown || t('cases.emptyCell')}`}
        onClick={() => {
          setDraft(editText(value, locale));
          setError(null);
          setEditing(true);
        }}
      >
        {/* The button follows the table's direction; the value inside keeps its own. */}
        {shown ? <span dir="auto">{shown}</span> : <span className="cs-placeholder">—</span>}
      </button>
    );
  }

  const common = {
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    autoFocus: true,
  } as const;
  return (
    <div className="cs-cell-editor">
      {attribute?.type === 'category' ? (
        <select
          {...common}
          value={draft}
          onChange={(e) => void commit(e.target.value)}
          onBlur={() => setEditing(false)}
          onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}
        >
          <option value="">—</option>
          {attribute.options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type="text"
          dir="auto"
          inputMode={
            attribute?.type === 'number' || attribute?.type === 'year' ? 'decimal' : undefined
          }
          placeholder={
            attribute?.type === 'year'
              ? locale === 'fa'
                ? toPersianDigits(attribute.calendar === 'gregorian' ? '2024' : '1403')
                : attribute.calendar === 'gregorian'
                  ? '2024'
                  : '1403'
              : undefined
          }
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void commit(draft);
            if (e.key === 'Escape') setEditing(false);
          }}
          onBlur={() => void commit(draft)}
        />
      )}
      {error && (
        <span id={errorId} role="alert" className="cs-cell-error">
          {error}
        </span>
      )}
    </div>
  );
}
