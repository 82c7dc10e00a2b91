import { useId, useMemo, useState } from 'react';
import type { AgreementResult } from '../../../shared/analysis/agreement';
import type { CodeId, DocumentId } from '../../../shared/model';
import { useOpenTranscript } from '../../hooks/use-document-navigation';
import { useI18n } from '../../hooks/use-i18n';

const SHOWN = 200;

export interface DisagreementListProps {
  readonly result: AgreementResult;
  readonly coderA: string;
  readonly coderB: string;
  readonly codeNames: ReadonlyMap<CodeId, string>;
  readonly titles: ReadonlyMap<DocumentId, string>;
}

/**
 * The comparison view: each passage one coder coded with a code and the other did not, side by
 * side (coder A | coder B), a button away from the transcript at that passage.
 */
export function DisagreementList({
  result,
  coderA,
  coderB,
  codeNames,
  titles,
}: DisagreementListProps) {
  const { t, n } = useI18n();
  const openTranscript = useOpenTranscript();
  const [code, setCode] = useState<CodeId | ''>('');
  const selectId = useId();
  const passages = useMemo(
    () => (code === '' ? result.passages : result.passages.filter((p) => p.codeId === code)),
    [result.passages, code],
  );
  const notCoded = <span className="muted ag-not-coded">{t('agreement.notCoded')}</span>;
  return (
    <section className="ag-compare" aria-labelledby="ag-compare-title">
      <h2 id="ag-compare-title">{t('agreement.compare')}</h2>
      <div className="row ag-controls">
        <label htmlFor={selectId}>{t('agreement.compareCode')}</label>
        <select id={selectId} value={code} onChange={(e) => setCode(e.target.value as CodeId | '')}>
          <option value="">{t('agreement.compareAll')}</option>
          {result.codes.map((r) => (
            <option key={r.codeId} value={r.codeId}>
              {r.path.join(' / ')}
            </option>
          ))}
        </select>
      </div>
      {passages.length === 0 ? (
        <p className="muted">{t('agreement.noDifferences')}</p>
      ) : (
        <>
          {passages.length > SHOWN && (
            <p className="muted">
              {t('agreement.showing', { shown: n(SHOWN), total: n(passages.length) })}
            </p>
          )}
          <table className="ag-compare-table" aria-labelledby="ag-compare-title">
            <thead>
              <tr>
                <th scope="col">{t('agreement.col.document')}</th>
                <th scope="col">{t('agreement.col.code')}</th>
                <th scope="col">
                  <bdi>{coderA}</bdi>
                </th>
                <th scope="col">
                  <bdi>{coderB}</bdi>
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('agreement.open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {passages.slice(0, SHOWN).map((p) => {
                const title = titles.get(p.documentId) ?? '';
                const text = (
                  <blockquote className="ag-passage" dir="auto">
                    {p.text}
                  </blockquote>
                );
                return (
                  <tr key={`${p.codeId}:${p.documentId}:${p.start}`} data-testid="ag-passage">
                    <td dir="auto">{title}</td>
                    <td dir="auto">{codeNames.get(p.codeId) ?? ''}</td>
                    <td>{p.coder === 'a' ? text : notCoded}</td>
                    <td>{p.coder === 'b' ? text : notCoded}</td>
                    <td>
                      <button
                        type="button"
                        className="btn small"
                        aria-label={t('agreement.openLabel', { document: title })}
                        onClick={() => openTranscript(p.documentId, { start: p.start, end: p.end })}
                      >
                        {t('agreement.open')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
