import { useState, type FormEvent } from 'react';
import type { Case, CaseId, Direction, DocumentMeta } from '../../../shared/model';
import { useI18n } from '../../hooks/use-i18n';
import { useProjectStore } from '../../hooks/use-project-store';

interface DocumentRowProps {
  readonly doc: DocumentMeta;
  readonly cases: readonly Case[];
  /** Already formatted in the interface's digits. */
  readonly words: string;
  readonly codings: string;
  readonly onOpen: () => void;
  readonly onDelete: () => void;
  readonly onError: (message: string | null) => void;
}

const NEW_CASE = '__new__';
const DIRECTIONS: readonly Direction[] = ['rtl', 'ltr', 'auto'];

export function DocumentRow({
  doc,
  cases,
  words,
  codings,
  onOpen,
  onDelete,
  onError,
}: DocumentRowProps) {
  const { t } = useI18n();
  const store = useProjectStore();
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(doc.title);
  const [newCase, setNewCase] = useState<string | null>(null);

  async function rename(e: FormEvent) {
    e.preventDefault();
    const next = draft.trim();
    if (next && next !== doc.title) {
      const r = await store.renameDocument(doc.id, next);
      onError(r.ok ? null : r.reason);
    }
    setRenaming(false);
  }

  async function chooseCase(value: string) {
    if (value === NEW_CASE) {
      setNewCase('');
      return;
    }
    const r = await store.setDocumentCase(doc.id, value ? (value as CaseId) : null);
    onError(r.ok ? null : r.reason);
  }

  async function createCase(e: FormEvent) {
    e.preventDefault();
    const name = (newCase ?? '').trim();
    if (!name) return;
    const created = await store.createCase({ name });
    if (!created.ok) {
      onError(created.reason);
      return;
    }
    const r = await store.setDocumentCase(doc.id, created.data.id);
    onError(r.ok ? null : r.reason);
    setNewCase(null);
  }

  return (
    <tr>
      <td className="title-cell">
        {renaming ? (
          <form className="inline-form" onSubmit={rename}>
            <input
              type="text"
              dir="auto"
              aria-label={t('documents.renameTo', { title: doc.title })}
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              autoFocus
            />
            <button type="submit" className="btn small primary">
              {t('documents.save')}
            </button>
            <button type="button" className="btn small" onClick={() => setRenaming(false)}>
              {t('documents.cancel')}
            </button>
          </form>
        ) : (
          <button
            type="button"
            className="link-button"
            dir="auto"
            aria-label={t('documents.open', { title: doc.title })}
            onClick={onOpen}
          >
            {doc.title}
          </button>
        )}
      </td>
      <td>
        {newCase === null ? (
          <select
            aria-label={t('documents.caseOf', { title: doc.title })}
            value={doc.caseId ?? ''}
            onChange={(e) => void chooseCase(e.target.value)}
          >
            <option value="">{t('documents.caseNone')}</option>
            {cases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
            <option value={NEW_CASE}>{t('documents.caseNew')}</option>
          </select>
        ) : (
          <form className="inline-form" onSubmit={createCase}>
            <input
              type="text"
              dir="auto"
              aria-label={t('documents.caseNewName', { title: doc.title })}
              value={newCase}
              onChange={(e) => setNewCase(e.target.value)}
              onKeyDown={(e) => e.key === 'Escape' && setNewCase(null)}
              autoFocus
            />
            <button type="submit" className="btn small primary">
              {t('documents.caseCreate')}
            </button>
            <button type="button" className="btn small" onClick={() => setNewCase(null)}>
              {t('documents.cancel')}
            </button>
          </form>
        )}
      </td>
      <td className="num">{words}</td>
      <td className="num">{codings}</td>
      <td>
        <select
          aria-label={t('documents.dirOf', { title: doc.title })}
          value={doc.direction}
          onChange={(e) =>
            void store
              .setDocumentDirection(doc.id, e.target.value as Direction)
              .then((r) => onError(r.ok ? null : r.reason))
          }
        >
          {DIRECTIONS.map((d) => (
            <option key={d} value={d}>
              {t(`documents.dir.${d}`)}
            </option>
          ))}
        </select>
      </td>
      <td className="actions">
        <button
          type="button"
          className="btn small"
          aria-label={t('documents.renameLabel', { title: doc.title })}
          onClick={() => {
            setDraft(doc.title);
            setRenaming(true);
          }}
        >
          {t('documents.rename')}
        </button>
        <button
          type="button"
          className="btn small danger"
          aria-label={t('documents.deleteLabel', { title: doc.title })}
          onClick={onDelete}
        >
          {t('documents.delete')}
        </button>
      </td>
    </tr>
  );
}
