import { useState } from 'react';
import type { CoderId } from '../../../shared/model/ids';
import { useCurrentCoder } from '../../hooks/use-current-coder';
import { useI18n } from '../../hooks/use-i18n';
import { translateFailure } from '../../i18n/errors';
import './coders.css';

const NEW = '__new__';

/** The header's coder of this window: a select of the project's coders and "New coder…". */
export function CoderChooser() {
  const { t, locale } = useI18n();
  const { coders, current, choose, create } = useCurrentCoder();
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit() {
    const r = await create(name);
    if (!r.ok) {
      setProblem(translateFailure(r, locale));
      return;
    }
    setAdding(false);
    setName('');
    setProblem(null);
  }

  if (adding) {
    return (
      <form
        className="coder-chooser"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <input
          autoFocus
          dir="auto"
          aria-label={t('coders.newName')}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'coder-chooser-problem' : undefined}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setAdding(false);
          }}
        />
        <button type="submit" className="btn">
          {t('coders.create')}
        </button>
        <button type="button" className="btn" onClick={() => setAdding(false)}>
          {t('coders.cancel')}
        </button>
        {problem && (
          <span id="coder-chooser-problem" role="alert" className="coder-problem">
            {problem}
          </span>
        )}
      </form>
    );
  }

  return (
    <label className="coder-chooser">
      <span aria-hidden="true">{t('coders.label')}</span>
      <select
        aria-label={t('coders.chooser')}
        value={current?.id ?? ''}
        onChange={(e) => {
          const v = e.target.value;
          if (v === NEW) {
            setProblem(null);
            setAdding(true);
          } else choose((v || null) as CoderId | null);
        }}
      >
        <option value="">{t('coders.none')}</option>
        {coders.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
        <option value={NEW}>{t('coders.new')}</option>
      </select>
    </label>
  );
}
