import type { CaseId, CodeId } from '../../../shared/model/ids';
import type { ReportLocale } from '../../../shared/report/labels';
import type { ProjectState } from '../../../shared/store/project-store';
import type { ReportChoice } from '../../hooks/use-exchange';
import { coderIdsOf, NO_CODER } from '../../hooks/use-coder-filter';
import { useI18n } from '../../hooks/use-i18n';
import { CoderFilter } from '../coders/CoderFilter';

export function defaultReportChoice(language: string): ReportChoice {
  return {
    themeIds: [],
    caseIds: [],
    includePassages: true,
    locale: language === 'fa' ? 'fa' : 'en',
  };
}

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list, item] : list.filter((x) => x !== item);
}

interface ReportOptionsProps {
  readonly state: ProjectState;
  readonly value: ReportChoice;
  readonly onChange: (next: ReportChoice) => void;
}

/** The coder select's value for a choice's coderIds ('' all, one id, or NO_CODER). */
function coderChoiceOf(value: ReportChoice): string {
  const [first] = value.coderIds ?? [];
  return first === undefined ? '' : first === null ? NO_CODER : first;
}

/** Which themes and cases, with or without passages, in which language. Nothing ticked = all. */
export function ReportOptions({ state, value, onChange }: ReportOptionsProps) {
  const { t } = useI18n();
  // Themes to choose from: the roots (global themes, or every code of a flat codebook).
  const roots = state.codes.filter((c) => c.parentId === null);
  return (
    <div className="report-options">
      <fieldset>
        <legend>{t('exchange.reportThemes')}</legend>
        <p className="muted small">{t('exchange.reportAllThemes')}</p>
        {roots.map((c) => (
          <label key={c.id} className="check">
            <input
              type="checkbox"
              checked={value.themeIds.includes(c.id)}
              onChange={(e) =>
                onChange({
                  ...value,
                  themeIds: toggle<CodeId>(value.themeIds, c.id, e.target.checked),
                })
              }
            />
            <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
            <bdi>{c.name}</bdi>
          </label>
        ))}
      </fieldset>
      {state.cases.length > 0 && (
        <fieldset>
          <legend>{t('exchange.reportCases')}</legend>
          <p className="muted small">{t('exchange.reportAllCases')}</p>
          <div className="case-choices">
            {state.cases.map((c) => (
              <label key={c.id} className="check">
                <input
                  type="checkbox"
                  checked={value.caseIds.includes(c.id)}
                  onChange={(e) =>
                    onChange({
                      ...value,
                      caseIds: toggle<CaseId>(value.caseIds, c.id, e.target.checked),
                    })
                  }
                />
                <bdi>{c.name}</bdi>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="row">
        <label className="check">
          <input
            type="checkbox"
            checked={value.includePassages}
            onChange={(e) => onChange({ ...value, includePassages: e.target.checked })}
          />
          {t('exchange.reportPassages')}
        </label>
        <CoderFilter
          id="exchange-report-coder"
          coders={state.coders}
          value={coderChoiceOf(value)}
          onChange={(choice) => {
            const ids = coderIdsOf(choice);
            onChange({ ...value, coderIds: ids ? [...ids] : undefined });
          }}
        />
        <div className="field inline">
          <label htmlFor="exchange-report-locale">{t('exchange.reportLanguage')}</label>
          <select
            id="exchange-report-locale"
            value={value.locale}
            onChange={(e) => onChange({ ...value, locale: e.target.value as ReportLocale })}
          >
            <option value="fa">{t('lang.fa')}</option>
            <option value="en">{t('lang.en')}</option>
          </select>
        </div>
      </div>
    </div>
  );
}
