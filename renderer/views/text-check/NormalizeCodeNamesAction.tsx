import { useMemo, useState, type FormEvent } from 'react';
import { codeNameChanges } from '../../../shared/text/normalize-code-names';
import { Modal } from '../../components/Modal';
import { NormalizeDialogActions } from './NormalizeDialogActions';
import { useI18n } from '../../hooks/use-i18n';
import { useProjectState, useProjectStore } from '../../hooks/use-project-store';
import { translateFailure, type Refusal } from '../../i18n/errors';
import './text-check.css';

/**
 * "Normalize code names…" (issue 11, item 3): every code name with Arabic ي/ك, presentation
 * forms, tatweel or harakat, before and after, then one store command (one undo step).
 */
export function NormalizeCodeNamesAction() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn small" onClick={() => setOpen(true)}>
        {t('textcheck.names')}
      </button>
      {open && <NormalizeNamesDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function NormalizeNamesDialog({ onClose }: { readonly onClose: () => void }) {
  const { t, n, locale } = useI18n();
  const store = useProjectStore();
  const { codes } = useProjectState();
  const changes = useMemo(() => codeNameChanges(codes), [codes]);
  const [done, setDone] = useState<number | null>(null);
  const [error, setError] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (changes.length === 0 || done !== null) return onClose();
    setBusy(true);
    const r = await store.normalize.codeNames();
    setBusy(false);
    if (r.ok) setDone(r.data.length);
    else setError(r);
  }

  const pending = done === null && changes.length > 0;
  return (
    <Modal
      open
      title={t('textcheck.namesTitle')}
      className="text-check-dialog text-check-normalize-dialog"
      onCancel={onClose}
      onSubmit={(e) => void submit(e)}
    >
      <p>{t('textcheck.namesIntro')}</p>
      <div role="status" className="text-check-normalize">
        {done !== null && <p>{t('textcheck.namesDone', { count: n(done) })}</p>}
        {done === null && changes.length === 0 && <p>{t('textcheck.namesNone')}</p>}
        {pending && (
          <>
            <p>{t('textcheck.namesCount', { count: n(changes.length) })}</p>
            <ul>
              {changes.map(([code, name]) => (
                <li key={code.id} dir="auto">
                  <bdi>{code.name}</bdi> → <bdi>{name}</bdi>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {error && (
        <p role="alert" className="error-text">
          {translateFailure(error, locale)}
        </p>
      )}
      <NormalizeDialogActions pending={pending} busy={busy} onClose={onClose} />
    </Modal>
  );
}
