import { useMemo } from 'react';
import type { WordRow } from '../../../shared/analysis/word-frequency';
import { cloudWords } from '../../../shared/analysis/word-frequency-cloud';
import { useI18n } from '../../hooks/use-i18n';

export interface WordCloudProps {
  readonly rows: readonly WordRow[];
  readonly onOpen: (key: string) => void;
}

/**
 * The same top words as the table, sized by count and laid out by the browser's line breaking
 * (docs/words.md): no overlaps, Persian shaped as text, each word a button reachable by keyboard.
 */
export function WordCloud({ rows, onOpen }: WordCloudProps) {
  const { t, n } = useI18n();
  const words = useMemo(() => cloudWords(rows), [rows]);
  return (
    <figure className="wf-cloud-figure">
      <figcaption id="wf-cloud-caption">
        {t('words.cloud')} <span className="muted">{t('words.cloud.hint')}</span>
      </figcaption>
      <ul className="wf-cloud" dir="auto" aria-labelledby="wf-cloud-caption">
        {words.map((w) => (
          <li key={w.key}>
            <button
              type="button"
              className="wf-cloud-word"
              dir="auto"
              style={{ fontSize: `${w.size}em` }}
              aria-label={t('words.open', { word: w.word, count: n(w.count) })}
              onClick={() => onOpen(w.key)}
            >
              {w.word}
            </button>
          </li>
        ))}
      </ul>
    </figure>
  );
}
