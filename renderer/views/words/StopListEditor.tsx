import { useId, useState, type FormEvent } from 'react';
import type { StopList } from '../../hooks/use-word-frequency-stop-list';
import { useI18n } from '../../hooks/use-i18n';

/** The stop list's switch and its editor: words added, shipped words taken off. */
export function StopListEditor({ list }: { readonly list: StopList }) {
  const { t, n } = useI18n();
  const [word, setWord] = useState('');
  const inputId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (word.trim() === '') return;
    list.add(word);
    setWord('');
  };
  return (
    <div className="wf-stop">
      <label className="wf-check">
        <input
          type="checkbox"
          checked={list.enabled}
          onChange={(e) => list.setEnabled(e.target.checked)}
        />{' '}
        {t('words.stop.use')}
      </label>
      <details className="wf-stop-editor">
        <summary>{t('words.stop.edit')}</summary>
        <p className="muted">
          {t('words.stop.note', { fa: n(list.shipped.fa), en: n(list.shipped.en) })}
        </p>
        <form className="row wf-stop-add" onSubmit={submit}>
          <label htmlFor={inputId}>{t('words.stop.add')}</label>
          <input id={inputId} dir="auto" value={word} onChange={(e) => setWord(e.target.value)} />
          <button type="submit" className="btn small">
            {t('words.stop.addButton')}
          </button>
        </form>
        <WordChips
          title={t('words.stop.added')}
          words={list.edits.added}
          label={(w) => t('words.stop.drop', { word: w })}
          onClick={list.remove}
        />
        <WordChips
          title={t('words.stop.removed')}
          words={list.edits.removed}
          label={(w) => t('words.stop.restore', { word: w })}
          onClick={list.add}
        />
      </details>
    </div>
  );
}

function WordChips(props: {
  readonly title: string;
  readonly words: readonly string[];
  readonly label: (word: string) => string;
  readonly onClick: (word: string) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="wf-chips">
      <span className="wf-chips-title">{props.title}:</span>{' '}
      {props.words.length === 0 ? (
        <span className="muted">{t('words.stop.none')}</span>
      ) : (
        props.words.map((w) => (
          <button
            key={w}
            type="button"
            className="btn small wf-chip"
            dir="auto"
            aria-label={props.label(w)}
            onClick={() => props.onClick(w)}
          >
            {w} <span aria-hidden="true">×</span>
          </button>
        ))
      )}
    </div>
  );
}
