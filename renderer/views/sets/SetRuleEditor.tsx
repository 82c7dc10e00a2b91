import { attributeValuesInUse } from '../../../shared/analysis/document-sets';
import type { Attribute, AttributeId, Case, SetRule } from '../../../shared/model';
import { toPersianDigits } from '../../../shared/text/persian';
import { useI18n } from '../../hooks/use-i18n';

/** A rule being edited: conditions may still lack an attribute or values. */
export interface RuleDraft {
  readonly match: 'all' | 'any';
  readonly conditions: readonly {
    readonly attributeId: string;
    readonly values: readonly (string | number)[];
  }[];
}

export const EMPTY_RULE: RuleDraft = {
  match: 'all',
  conditions: [{ attributeId: '', values: [] }],
};

/** The rule the draft stands for, leaving out unfinished conditions (null if none is finished). */
export function ruleOfDraft(draft: RuleDraft): SetRule | null {
  const conditions = draft.conditions
    .filter((c) => c.attributeId !== '' && c.values.length > 0)
    .map((c) => ({ attributeId: c.attributeId as AttributeId, values: c.values }));
  return conditions.length ? { match: draft.match, conditions } : null;
}

interface Props {
  readonly idPrefix: string;
  readonly draft: RuleDraft;
  readonly attributes: readonly Attribute[];
  readonly cases: readonly Case[];
  readonly onChange: (draft: RuleDraft) => void;
}

/** Conditions "attribute is one of {values}", each value a checkbox from the values in use. */
export function SetRuleEditor({ idPrefix, draft, attributes, cases, onChange }: Props) {
  const { t, n, locale } = useI18n();
  // Years and codes stay ungrouped ("1403", not "1,403"): digits only follow the interface.
  const valueText = (v: string | number) =>
    locale === 'fa' ? toPersianDigits(String(v)) : String(v);
  const setCondition = (i: number, next: RuleDraft['conditions'][number]) =>
    onChange({ ...draft, conditions: draft.conditions.map((c, k) => (k === i ? next : c)) });
  return (
    <div className="sets-rule">
      {draft.conditions.length > 1 && (
        <fieldset className="sets-match">
          <legend>{t('sets.match')}</legend>
          {(['all', 'any'] as const).map((m) => (
            <label key={m}>
              <input
                type="radio"
                name={`${idPrefix}-match`}
                checked={draft.match === m}
                onChange={() => onChange({ ...draft, match: m })}
              />
              {t(m === 'all' ? 'sets.match.all' : 'sets.match.any')}
            </label>
          ))}
        </fieldset>
      )}
      {draft.conditions.map((c, i) => {
        const values = c.attributeId ? attributeValuesInUse(cases, c.attributeId) : [];
        const selectId = `${idPrefix}-attr-${i}`;
        return (
          <fieldset key={i} className="sets-condition">
            <legend>{t('sets.condition', { n: n(i + 1) })}</legend>
            <label htmlFor={selectId}>{t('sets.attribute')}</label>
            <select
              id={selectId}
              value={c.attributeId}
              onChange={(e) => setCondition(i, { attributeId: e.target.value, values: [] })}
            >
              <option value="">{t('sets.chooseAttribute')}</option>
              {attributes.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
            {c.attributeId && (
              <fieldset className="sets-values">
                <legend>{t('sets.values')}</legend>
                {values.length === 0 && <p className="muted">{t('sets.noValues')}</p>}
                {values.map((v) => {
                  const on = c.values.some((w) => String(w) === String(v));
                  return (
                    <label key={String(v)}>
                      <input
                        type="checkbox"
                        checked={on}
                        onChange={() =>
                          setCondition(i, {
                            ...c,
                            values: on
                              ? c.values.filter((w) => String(w) !== String(v))
                              : [...c.values, v],
                          })
                        }
                      />
                      {valueText(v)}
                    </label>
                  );
                })}
              </fieldset>
            )}
            {draft.conditions.length > 1 && (
              <button
                type="button"
                className="link"
                onClick={() =>
                  onChange({ ...draft, conditions: draft.conditions.filter((_, k) => k !== i) })
                }
              >
                {t('sets.removeCondition', { n: n(i + 1) })}
              </button>
            )}
          </fieldset>
        );
      })}
      <button
        type="button"
        onClick={() =>
          onChange({ ...draft, conditions: [...draft.conditions, { attributeId: '', values: [] }] })
        }
      >
        {t('sets.addCondition')}
      </button>
    </div>
  );
}
