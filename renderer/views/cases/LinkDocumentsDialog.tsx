import { type FormEvent, useMemo, useState } from 'react';
import {
  linksToApply,
  summarizeMatches,
  type DocumentCaseMatch,
} from '../../../shared/cases/document-case-match';
import type { CaseId, DocumentId } from '../../../shared/model';
import { Modal } from '../../components/Modal';
import { useCasesLink } from '../../hooks/use-cases-link';
import { useI18n } from '../../hooks/use-i18n';
import { useProjectState } from '../../hooks/use-project-store';
import { translateFailure } from '../../i18n/errors';

interface Props {
  readonly open: boolean;
  readonly onClose: () => void;
  /** Told how many documents were linked. */
  readonly onDone: (count: number) => void;
}

/** The name match's preview (matched, ambiguous, unmatched), applied in one step. */
export function LinkDocumentsDialog({ open, onClose, onDone }: Props) {
  const { t, n, locale } = useI18n();
  const { cases } = useProjectState();
  const { matches, apply } = useCasesLink();
  const [picked, setPicked] = useState<ReadonlyMap<DocumentId, CaseId>>(new Map());
  const [replace, setReplace] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const summary = summarizeMatches(matches);
  const links = useMemo(() => linksToApply(matches, picked, replace), [matches, picked, replace]);
  const caseName = new Map(cases.map((c) => [c.id, c.name]));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await apply(links);
    if (!r.ok) return setError(translateFailure(r, locale));
    setError(null);
    setPicked(new Map());
    onDone(r.data.length);
  }

  const pick = (m: DocumentCaseMatch, id: string) =>
    setPicked((prev) => {
      const next = new Map(prev);
      if (id) next.set(m.documentId, id as CaseId);
      else next.delete(m.documentId);
      return next;
    });

  return (
    <Modal
      open={open}
      title={t('cases.link.title')}
      onCancel={onClose}
      onSubmit={(e) => void submit(e)}
      className="cs-link-dialog"
    >
      <p className="muted">{t('cases.link.intro')}</p>
      {cases.length === 0 ? (
        <p>{t('cases.link.noCases')}</p>
      ) : (
        <>
          <p role="status">
            {t('cases.link.summary', {
              matched: n(summary.matched),
              ambiguous: n(summary.ambiguous),
              unmatched: n(summary.unmatched),
              already: n(summary.already),
            })}
          </p>
          <div className="cs-link-scroll">
            <table className="cs-link-table" aria-label={t('cases.link.table')}>
              <thead>
                <tr>
                  <th scope="col">{t('cases.link.colDocument')}</th>
                  <th scope="col">{t('cases.link.colStatus')}</th>
                  <th scope="col">{t('cases.link.colCase')}</th>
                </tr>
              </thead>
              <tbody>
                {matches.map((m) => (
                  <tr key={m.documentId} className={`cs-link-${m.status}`}>
                    <th scope="row" dir="auto">
                      {m.title}
                    </th>
                    <td>{t(`cases.link.status.${m.status}`)}</td>
                    <td dir="auto">
                      {m.status === 'ambiguous' ? (
                        <select
                          aria-label={t('cases.link.pick', { title: m.title })}
                          value={picked.get(m.documentId) ?? ''}
                          onChange={(e) => pick(m, e.target.value)}
                        >
                          <option value="">{t('cases.link.pickNone')}</option>
                          {m.candidates.map((id) => (
                            <option key={id} value={id}>
                              {caseName.get(id) ?? id}
                            </option>
                          ))}
                        </select>
                      ) : m.caseId ? (
                        <bdi>{caseName.get(m.caseId)}</bdi>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <label className="cs-link-replace">
            <input
              type="checkbox"
              checked={replace}
              onChange={(e) => setReplace(e.target.checked)}
            />{' '}
            {t('cases.link.replace')}
          </label>
        </>
      )}
      {error && (
        <p role="alert" className="banner error">
          {error}
        </p>
      )}
      <div className="row dialog-actions">
        <button type="submit" className="btn primary" disabled={links.length === 0}>
          {t('cases.link.apply', { count: n(links.length) })}
        </button>
        <button type="button" className="btn" onClick={onClose}>
          {t('cases.link.cancel')}
        </button>
      </div>
    </Modal>
  );
}
