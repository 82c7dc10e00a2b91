import { useId } from 'react';
import type { AttributeId } from '../../../shared/model';
import { useI18n } from '../../hooks/use-i18n';
import { useProjectState } from '../../hooks/use-project-store';
import { useReportOptions, type DigitsChoice } from '../../hooks/use-report-options';
import { attributeValues } from '../../../shared/analysis/report-tree';

/** The counting convention, with a sentence saying what it means (shared by all three views). */
export function ConventionSwitch() {
  const { t } = useI18n();
  const options = useReportOptions();
  const helpId = useId();
  return (
    <fieldset className="rp-report-fieldset" aria-describedby={helpId}>
      <legend>{t('report.convention')}</legend>
      <div className="rp-segmented">
        {(['paper', 'distinct'] as const).map((c) => (
          <label key={c} className={options.convention === c ? 'rp-selected' : undefined}>
            <input
              type="radio"
              name="convention"
              value={c}
              checked={options.convention === c}
              onChange={() => options.set({ convention: c })}
            />
            {t(c === 'paper' ? 'report.convention.paper' : 'report.convention.distinct')}
          </label>
        ))}
      </div>
      <p id={helpId} className="rp-help">
        {t(
          options.convention === 'paper'
            ? 'report.convention.paperHelp'
            : 'report.convention.distinctHelp',
        )}
      </p>
    </fieldset>
  );
}

/** Pick an attribute and some of its values: only documents of matching cases are counted. */
export function CaseFilterPicker() {
  const { t, n } = useI18n();
  const state = useProjectState();
  const options = useReportOptions();
  const selectId = useId();
  const choice = options.caseFilter;
  const attribute = state.attributes.find((a) => a.id === choice?.attributeId) ?? null;
  const values = attribute ? attributeValues(attribute.id, state.cases) : [];
  const chosen = new Set(choice?.values ?? []);
  // Years and numbers read in the interface's digits; text values are shown as typed.
  const show = (v: string): string => (/^\d+$/.test(v) ? n(Number(v)).replace(/[,٬]/g, '') : v);

  const toggle = (v: string): void => {
    if (!attribute) return;
    const next = chosen.has(v) ? [...chosen].filter((x) => x !== v) : [...chosen, v];
    options.set({ caseFilter: { attributeId: attribute.id, values: next } });
  };

  return (
    <fieldset className="rp-report-fieldset">
      <legend>{t('report.filter')}</legend>
      <div className="row">
        <div className="field">
          <label htmlFor={selectId}>{t('report.filter.attribute')}</label>
          <select
            id={selectId}
            value={attribute?.id ?? ''}
            onChange={(e) =>
              options.set({
                caseFilter: e.target.value
                  ? { attributeId: e.target.value as AttributeId, values: [] }
                  : null,
              })
            }
          >
            <option value="">{t('report.filter.none')}</option>
            {state.attributes.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        {attribute && (
          <div
            className="rp-value-list"
            role="group"
            aria-label={t('report.filter.values', { attribute: attribute.name })}
          >
            {values.length === 0 && <span className="muted">{t('report.filter.noValues')}</span>}
            {values.map((v) => (
              <label key={v} className="rp-check">
                <input type="checkbox" checked={chosen.has(v)} onChange={() => toggle(v)} />
                <span dir="auto">{show(v)}</span>
              </label>
            ))}
          </div>
        )}
        {attribute && (
          <button
            type="button"
            className="btn small"
            onClick={() => options.set({ caseFilter: null })}
          >
            {t('report.filter.clear')}
          </button>
        )}
      </div>
    </fieldset>
  );
}

/** Persian or Latin digits in the table and charts, whatever the interface language. */
export function DigitsPicker() {
  const { t } = useI18n();
  const options = useReportOptions();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('report.digits')}</label>
      <select
        id={id}
        value={options.digits}
        onChange={(e) => options.set({ digits: e.target.value as DigitsChoice })}
      >
        <option value="interface">{t('report.digits.interface')}</option>
        <option value="fa">{t('report.digits.fa')}</option>
        <option value="latin">{t('report.digits.latin')}</option>
      </select>
    </div>
  );
}

/** The active filter in words, or null. */
export function useFilterSummary(): string | null {
  const { t, n, locale } = useI18n();
  const state = useProjectState();
  const { caseFilter } = useReportOptions();
  const attribute = state.attributes.find((a) => a.id === caseFilter?.attributeId);
  if (!attribute || !caseFilter || caseFilter.values.length === 0) return null;
  // First-strong isolates keep "year = ۱۴۰۳" in order inside a sentence of the other direction.
  const iso = (s: string): string => `\u2068${s}\u2069`;
  return t('report.filter.active', {
    attribute: iso(attribute.name),
    values: caseFilter.values
      .map((v) => (/^\d+$/.test(v) ? n(Number(v)).replace(/[,٬]/g, '') : v))
      .map(iso)
      .join(locale === 'fa' ? '، ' : ', '),
  });
}
