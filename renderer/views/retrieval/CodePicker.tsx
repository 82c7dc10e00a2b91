import { useMemo, useState } from 'react';
import type { CodeId } from '../../../shared/model';
import { normalizeForSearch } from '../../../shared/text/persian';
import type { Codebook } from '../../hooks/use-codebook';
import { useI18n } from '../../hooks/use-i18n';

interface CodePickerProps {
  readonly codebook: Codebook;
  readonly chosen: readonly CodeId[];
  readonly onChange: (ids: CodeId[]) => void;
}

/** The codes as an indented checkbox list (tree order), filterable, with their reference counts. */
export function CodePicker({ codebook, chosen, onChange }: CodePickerProps) {
  const { t, n } = useI18n();
  const [query, setQuery] = useState('');
  const picked = new Set(chosen);
  const shown = useMemo(() => {
    const q = normalizeForSearch(query.trim());
    return q
      ? codebook.nodes.filter((nd) => normalizeForSearch(nd.code.name).includes(q))
      : codebook.nodes;
  }, [codebook, query]);

  return (
    <fieldset className="rv-code-picker">
      <legend>{t('ret.codes')}</legend>
      <input
        type="search"
        dir="auto"
        aria-label={t('cb.search')}
        placeholder={t('cb.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <ul className="rv-picker-list">
        {shown.map((nd) => (
          <li
            key={nd.code.id}
            style={{ paddingInlineStart: `${query ? 0 : nd.row.depth * 1.1}rem` }}
          >
            <label>
              <input
                type="checkbox"
                aria-label={nd.code.name}
                checked={picked.has(nd.code.id)}
                onChange={(e) =>
                  onChange(
                    e.target.checked
                      ? [...chosen, nd.code.id]
                      : chosen.filter((id) => id !== nd.code.id),
                  )
                }
              />
              <span
                className="rv-swatch"
                style={{ background: nd.code.color }}
                aria-hidden="true"
              />
              <span className="rv-picker-name" dir="auto">
                {nd.code.name}
              </span>
              <span className="rv-picker-count">{n(nd.row.references)}</span>
            </label>
          </li>
        ))}
      </ul>
      {chosen.length > 0 && (
        <button type="button" className="btn small" onClick={() => onChange([])}>
          {t('ret.clear')}
        </button>
      )}
    </fieldset>
  );
}
