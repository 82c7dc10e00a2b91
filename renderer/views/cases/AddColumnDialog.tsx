import { useState, type FormEvent } from 'react';
import type { NewAttribute } from '../../../shared/db/attributes-repo';
import type { AttributeType, Calendar } from '../../../shared/model';
import { Modal } from '../../components/Modal';
import { useI18n } from '../../hooks/use-i18n';

interface AddColumnDialogProps {
  readonly open: boolean;
  /** Resolves to an error message, or null when the column was added. */
  readonly onAdd: (input: NewAttribute) => Promise<string | null>;
  readonly onClose: () => void;
  /** Solar Hijri first for Persian projects. */
  readonly defaultCalendar: Calendar;
}

const TYPES: readonly AttributeType[] = ['text', 'number', 'category', 'year'];

/** A dialog to add an attribute column: name, type, a category's options, a year's calendar. */
export function AddColumnDialog({ open, onAdd, onClose, defaultCalendar }: AddColumnDialogProps) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [type, setType] = useState<AttributeType>('text');
  const [options, setOptions] = useState('');
  const [calendar, setCalendar] = useState<Calendar>(defaultCalendar);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) {
      setError(t('cases.err.columnName'));
      return;
    }
    const opts = options
      .split(/[\n,،]/)
      .map((o) => o.trim())
      .filter(Boolean);
    if (type === 'category' && opts.length === 0) {
      setError(t('cases.err.options'));
      return;
    }
    const problem = await onAdd({
      name,
      type,
      ...(type === 'category' ? { options: opts } : {}),
      ...(type === 'year' ? { calendar } : {}),
    });
    if (problem) setError(problem);
    else {
      setName('');
      setOptions('');
      setType('text');
      setError(null);
    }
  }

  return (
    <Modal
      open={open}
      title={t('cases.addColumn')}
      className="cs-add-column-dialog"
      onCancel={onClose}
      onSubmit={(e) => void submit(e)}
    >
      <label className="cs-stack">
        <span className="field-label">{t('cases.columnName')}</span>
        <input
          type="text"
          dir="auto"
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoFocus
        />
      </label>
      <label className="cs-stack">
        <span className="field-label">{t('cases.columnType')}</span>
        <select value={type} onChange={(e) => setType(e.target.value as AttributeType)}>
          {TYPES.map((ty) => (
            <option key={ty} value={ty}>
              {t(`cases.type.${ty}`)}
            </option>
          ))}
        </select>
      </label>
      {type === 'category' && (
        <label className="cs-stack">
          <span className="field-label">{t('cases.options')}</span>
          <textarea
            dir="auto"
            rows={4}
            value={options}
            onChange={(e) => setOptions(e.target.value)}
          />
        </label>
      )}
      {type === 'year' && (
        <label className="cs-stack">
          <span className="field-label">{t('cases.calendar')}</span>
          <select value={calendar} onChange={(e) => setCalendar(e.target.value as Calendar)}>
            <option value="solar-hijri">{t('cases.calendar.solar')}</option>
            <option value="gregorian">{t('cases.calendar.gregorian')}</option>
          </select>
        </label>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('projects.cancel')}
        </button>
        <button type="submit" className="btn primary">
          {t('cases.add')}
        </button>
      </div>
    </Modal>
  );
}
