import { useMemo, useState } from 'react';
import type { ThemeLevel } from '../../../shared/analysis/code-tree';
import type { CooccurrenceMode } from '../../../shared/analysis/cooccurrence';
import { cooccurrenceTable } from '../../../shared/analysis/crosstab-output';
import { useCooccurrence } from '../../hooks/use-cooccurrence';
import { useCrosstabExport } from '../../hooks/use-crosstab-export';
import { useI18n } from '../../hooks/use-i18n';
import type { MessageKey } from '../../i18n/catalog';
import { translateFailure } from '../../i18n/errors';
import { useProjectState } from '../../hooks/use-project-store';
import { CellHeading, CellItems } from '../crosstab/CellItems';
import { ChoiceField } from '../crosstab/ChoiceField';
import { ScopeFields } from '../crosstab/ScopeFields';
import '../crosstab/crosstab.css';
import { CooccurrenceHeatmap } from './CooccurrenceHeatmap';

const MODES: readonly CooccurrenceMode[] = ['overlap', 'paragraph', 'document'];
const LEVELS: readonly ThemeLevel[] = ['basic', 'organizing', 'global'];

/** The co-occurrence tab: a heatmap matrix of codes meeting; a cell retrieves the passages. */
export function CooccurrencePanel() {
  const { t, n, locale } = useI18n();
  const [level, setLevel] = useState<ThemeLevel>('organizing');
  const [mode, setMode] = useState<CooccurrenceMode>('overlap');
  const [selected, setSelected] = useState<{ i: number; j: number } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [coder, setCoder] = useState('');
  const { coders } = useProjectState();
  const { matrix, loadingTexts } = useCooccurrence(level, mode, coder);
  const save = useCrosstabExport();

  const target = useMemo(() => {
    if (!selected) return null;
    const a = matrix.codes[selected.i];
    const b = matrix.codes[selected.j];
    if (!a || !b) return null;
    const hits = matrix.hits(selected.i, selected.j);
    return {
      target: { spans: hits },
      heading: <CellHeading row={a.name} col={b.name} n={hits.length} />,
    };
  }, [selected, matrix]);

  async function download() {
    const r = await save(cooccurrenceTable(matrix, t('co.corner')), 'cooccurrence.csv');
    if (!r.ok) setMessage(translateFailure(r, locale));
    else if (!r.data.canceled) setMessage(t('xt.exported', { n: n(matrix.codes.length) }));
  }

  return (
    <div className="xt-panel">
      <div className="xt-controls" role="group" aria-label={t('analysis.tab.cooccurrence')}>
        <ChoiceField
          label={t('xt.level')}
          value={level}
          options={LEVELS}
          optionLabel={(l) => t(`xt.level.${l}` as MessageKey)}
          onChange={(l) => {
            setLevel(l);
            setSelected(null);
          }}
        />
        <ChoiceField
          label={t('co.mode')}
          value={mode}
          options={MODES}
          optionLabel={(m) => t(`co.mode.${m}` as MessageKey)}
          onChange={(m) => {
            setMode(m);
            setSelected(null);
          }}
        />
        <ScopeFields
          id="cooccurrence-coder"
          coders={coders}
          coder={coder}
          onCoder={(c) => {
            setCoder(c);
            setSelected(null);
          }}
          onDownload={() => void download()}
        />
      </div>
      <p className="muted" role="status" aria-live="polite">
        {message ??
          (loadingTexts
            ? t('co.loadingTexts')
            : matrix.codes.length === 0
              ? t('co.empty')
              : matrix.max === 0
                ? t('co.noneMeet')
                : t('co.scale', { max: n(matrix.max) }))}
      </p>
      {matrix.codes.length > 0 && (
        <CooccurrenceHeatmap
          matrix={matrix}
          label={t('co.tableLabel', {
            level: t(`xt.level.${level}` as MessageKey),
            mode: t(`co.mode.${mode}` as MessageKey),
          })}
          selected={selected}
          onSelect={(i, j) => setSelected({ i, j })}
        />
      )}
      {target && (
        <CellItems
          target={target.target}
          heading={target.heading}
          onClose={() => setSelected(null)}
        />
      )}
    </div>
  );
}
