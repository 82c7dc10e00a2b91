import { useId, useMemo, useState } from 'react';
import type { CodeId, CoderId, DocumentId } from '../../../shared/model';
import { formatPercent } from '../../../shared/text/number-format';
import { useAgreement, useCodersWithCodings } from '../../hooks/use-agreement';
import { useAgreementExport } from '../../hooks/use-agreement-export';
import { useI18n } from '../../hooks/use-i18n';
import { useProjectState } from '../../hooks/use-project-store';
import { translateFailure } from '../../i18n/errors';
import { SetScopePicker } from '../sets/SetScopePicker';
import { agreementSheets } from './agreement-sheets';
import { AgreementTable } from './AgreementTable';
import { AlphaSummary } from './AlphaSummary';
import { DisagreementList } from './DisagreementList';
import './agreement.css';

/** The coder-agreement tab: two coders compared per code, pooled and per document. */
export function AgreementPanel() {
  const { t, n, locale, dir } = useI18n();
  const state = useProjectState();
  const coders = useCodersWithCodings();
  const [pickedA, setA] = useState<CoderId | null>(null);
  const [pickedB, setB] = useState<CoderId | null>(null);
  // The first two coders by name until the researcher picks (and again if a pick disappears).
  const ids = coders.map((c) => c.id);
  const a = pickedA !== null && ids.includes(pickedA) ? pickedA : (ids[0] ?? null);
  const b =
    pickedB !== null && ids.includes(pickedB) ? pickedB : (ids.find((id) => id !== a) ?? null);
  const idA = useId();
  const idB = useId();
  const same = a !== null && a === b;
  const agreement = useAgreement(same ? null : a, same ? null : b);
  const save = useAgreementExport();
  const [message, setMessage] = useState('');
  const codeNames = useMemo(
    () => new Map<CodeId, string>(state.codes.map((c) => [c.id, c.name])),
    [state.codes],
  );
  const titles = useMemo(
    () => new Map<DocumentId, string>(state.documents.map((d) => [d.id, d.title])),
    [state.documents],
  );

  if (coders.length < 2) {
    return <p className="muted">{t('agreement.needsCoders', { count: coders.length })}</p>;
  }
  const nameOf = (id: CoderId | null): string => coders.find((c) => c.id === id)?.name ?? '';
  const names = { a: nameOf(a), b: nameOf(b) };
  const picker = (id: string, label: string, value: CoderId | null, set: (v: CoderId) => void) => (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => set(e.target.value as CoderId)}>
        {coders.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </>
  );
  const result = agreement.status === 'ready' ? agreement.result : null;
  const download = async (format: 'csv' | 'xlsx') => {
    if (!result) return;
    const sheets = agreementSheets(result, names, { codeNames, titles }, t);
    const r = await save(format, sheets, `agreement-${names.a}-${names.b}`, dir === 'rtl');
    setMessage(r.ok ? (r.data.canceled ? '' : t('agreement.saved')) : translateFailure(r, locale));
  };
  const pooled = result?.pooled;

  return (
    <div className="ag-panel">
      <div className="row ag-controls">
        {picker(idA, t('agreement.coderA'), a, setA)}
        {picker(idB, t('agreement.coderB'), b, setB)}
      </div>
      {/* The shared set scope (report, charts, Analysis): only the set's documents compared. */}
      <SetScopePicker />
      <p className="muted ag-method">{t('agreement.method')}</p>
      {same ? (
        <p role="alert">{t('agreement.sameCoder')}</p>
      ) : !result ? (
        <p className="muted" role="status">
          {t('agreement.loading')}
        </p>
      ) : result.codes.length === 0 ? (
        <p className="muted">{t('agreement.noCodes')}</p>
      ) : (
        <>
          <p role="status" data-testid="ag-summary">
            <strong>
              {t('agreement.summary', {
                percent:
                  pooled?.percentAgreement == null
                    ? '—'
                    : formatPercent(locale, pooled.percentAgreement * 100),
                kappa: pooled?.kappa == null ? '—' : n(pooled.kappa, 3),
              })}
            </strong>
          </p>
          <div className="row ag-controls">
            <button type="button" className="btn small" onClick={() => void download('csv')}>
              {t('agreement.downloadCsv')}
            </button>
            <button type="button" className="btn small" onClick={() => void download('xlsx')}>
              {t('agreement.downloadXlsx')}
            </button>
            <span className="muted" role="status">
              {message}
            </span>
          </div>
          <h2>{t('agreement.byCode')}</h2>
          <AgreementTable
            testId="ag-codes"
            caption={t('agreement.byCode')}
            labelHeader={t('agreement.col.code')}
            coderA={names.a}
            coderB={names.b}
            rows={result.codes.map((r) => ({
              id: r.codeId,
              label: r.path.join(' / '),
              figures: r.figures,
            }))}
            pooled={result.pooled}
          />
          <h2>{t('agreement.byDocument')}</h2>
          <AgreementTable
            testId="ag-documents"
            caption={t('agreement.byDocument')}
            labelHeader={t('agreement.col.document')}
            coderA={names.a}
            coderB={names.b}
            rows={result.documents.map((d) => ({
              id: d.documentId,
              label: d.title,
              figures: d.figures,
            }))}
          />
          <DisagreementList
            result={result}
            coderA={names.a}
            coderB={names.b}
            codeNames={codeNames}
            titles={titles}
          />
        </>
      )}
      <AlphaSummary />
    </div>
  );
}
