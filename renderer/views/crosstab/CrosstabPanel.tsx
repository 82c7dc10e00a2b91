import { useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import type { ThemeLevel } from '../../../shared/analysis/code-tree';
import type { CrosstabCount } from '../../../shared/analysis/crosstab';
import { crosstabTable } from '../../../shared/analysis/crosstab-output';
import type { AttributeId } from '../../../shared/model';
import { useCrosstab, type CrosstabChoice } from '../../hooks/use-crosstab';
import { useCrosstabExport } from '../../hooks/use-crosstab-export';
import type { CellTarget } from '../../hooks/use-crosstab-passages';
import { useI18n } from '../../hooks/use-i18n';
import { useProjectState } from '../../hooks/use-project-store';
import type { MessageKey } from '../../i18n/catalog';
import { translateFailure } from '../../i18n/errors';
import { CellHeading, CellItems } from './CellItems';
import { ChoiceField } from './ChoiceField';
import { ScopeFields } from './ScopeFields';
import { ChiSquareLine } from './ChiSquareLine';
import { CrosstabGrid, type CellChoice, type PercentMode } from './CrosstabGrid';
import './crosstab.css';

const COUNTS: readonly CrosstabCount[] = ['cases', 'sources', 'references'];
const LEVELS: readonly ThemeLevel[] = ['basic', 'organizing', 'global'];
const PERCENTS: readonly PercentMode[] = ['none', 'row', 'column'];

/** The crosstab tab: choose rows, columns and what to count; click a cell for its passages. */
export function CrosstabPanel() {
  const { t, n, locale } = useI18n();
  const { attributes, coders } = useProjectState();
  const [choice, setChoice] = useState<CrosstabChoice>(() => ({
    rows: 'codes',
    cols: attributes[0]?.id ?? null,
    count: 'references',
    level: 'basic',
  }));
  const [percent, setPercent] = useState<PercentMode>('none');
  const [selected, setSelected] = useState<CellChoice | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const table = useCrosstab(choice);
  const save = useCrosstabExport();
  const ids = { rows: useId(), cols: useId() };

  const update = (patch: Partial<CrosstabChoice>) => {
    setChoice((c) => ({ ...c, ...patch }));
    setSelected(null);
  };
  const onSelect = useCallback((c: CellChoice) => setSelected(c), []);
  const attrName = (id: AttributeId | null) => attributes.find((a) => a.id === id)?.name ?? '';
  const byCodes = table.rowSpec.kind === 'codes';
  const rowsHeading = byCodes
    ? t(`xt.level.${choice.level}` as MessageKey)
    : attrName(choice.rows as AttributeId);
  const countLabel = t(`xt.count.${choice.count}` as MessageKey);
  const label = table.columnAttribute
    ? t('xt.tableLabel', { count: countLabel, rows: rowsHeading, cols: table.columnAttribute })
    : t('xt.tableLabelNoCols', { count: countLabel, rows: rowsHeading });

  // The cell's row may have been recomputed (the project changed): find it again by key.
  const target = useMemo((): { target: CellTarget; heading: ReactNode } | null => {
    if (!selected) return null;
    const row = table.rows.find((r) => r.key === selected.row.key);
    const cell = row ? (selected.col < 0 ? row.total : row.cells[selected.col]) : undefined;
    if (!row || !cell) return null;
    const col = table.columns[selected.col];
    const colLabel =
      selected.col < 0 ? t('xt.total') : col?.none ? t('xt.none') : (col?.label ?? '');
    return {
      target: {
        spans: [],
        codingIds: cell.codingIds,
        documentIds: cell.documentIds,
        caseIds: cell.caseIds,
      },
      heading: (
        <CellHeading row={row.none ? t('xt.none') : row.label} col={colLabel} n={cell.count} />
      ),
    };
  }, [selected, table, t]);

  async function download() {
    const flat = crosstabTable(table, {
      rows: rowsHeading,
      total: t('xt.total'),
      none: t('xt.none'),
      ...(percent === 'row' ? { rowPercent: (c: string) => `${c} (${t('xt.percent.row')})` } : {}),
      ...(percent === 'column'
        ? { columnPercent: (c: string) => `${c} (${t('xt.percent.column')})` }
        : {}),
    });
    const r = await save(flat, 'crosstab.csv');
    if (!r.ok) setMessage(translateFailure(r, locale));
    else if (!r.data.canceled) setMessage(t('xt.exported', { n: n(flat.rows.length) }));
  }

  return (
    <div className="xt-panel">
      <div className="xt-controls" role="group" aria-label={t('analysis.tab.crosstab')}>
        <span className="xt-field">
          <label htmlFor={ids.rows}>{t('xt.rows')}</label>
          <select
            id={ids.rows}
            value={choice.rows}
            onChange={(e) => update({ rows: e.target.value as CrosstabChoice['rows'] })}
          >
            <option value="codes">{t('xt.rows.codes')}</option>
            {attributes.map((a) => (
              <option key={a.id} value={a.id} disabled={a.id === choice.cols}>
                {a.name}
              </option>
            ))}
          </select>
        </span>
        {choice.rows === 'codes' && (
          <>
            <ChoiceField
              label={t('xt.level')}
              value={choice.level}
              options={LEVELS}
              optionLabel={(l) => t(`xt.level.${l}` as MessageKey)}
              onChange={(level) => update({ level })}
            />
          </>
        )}
        <span className="xt-field">
          <label htmlFor={ids.cols}>{t('xt.cols')}</label>
          <select
            id={ids.cols}
            value={choice.cols ?? ''}
            onChange={(e) => update({ cols: (e.target.value || null) as AttributeId | null })}
          >
            <option value="">{t('xt.cols.none')}</option>
            {attributes.map((a) => (
              <option key={a.id} value={a.id} disabled={a.id === choice.rows}>
                {a.name}
              </option>
            ))}
          </select>
        </span>
        <ChoiceField
          label={t('xt.count')}
          value={choice.count}
          options={COUNTS}
          optionLabel={(c) => t(`xt.count.${c}` as MessageKey)}
          onChange={(count) => update({ count })}
        />
        <ChoiceField
          label={t('xt.percent')}
          value={percent}
          options={PERCENTS}
          optionLabel={(p) => t(`xt.percent.${p}` as MessageKey)}
          onChange={setPercent}
        />
        <ScopeFields
          id="crosstab-coder"
          coders={coders}
          coder={choice.coder ?? ''}
          onCoder={(coder) => update({ coder })}
          onDownload={() => void download()}
        />
      </div>
      {attributes.length === 0 && <p className="muted">{t('xt.noAttributes')}</p>}
      {message && (
        <p className="muted" role="status">
          {message}
        </p>
      )}
      {table.rows.length === 0 ? (
        <p className="muted">{t('xt.empty')}</p>
      ) : (
        <CrosstabGrid
          table={table}
          label={label}
          rowsHeading={rowsHeading}
          percent={percent}
          selected={selected}
          onSelect={onSelect}
        />
      )}
      <ChiSquareLine table={table} />
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
