import { useState, type FormEvent } from 'react';
import type { Project } from '../../../shared/model';
import { useI18n } from '../../hooks/use-i18n';

interface ProjectRowProps {
  readonly project: Project;
  readonly current: boolean;
  readonly onOpen: () => void;
  readonly onRename: (name: string) => Promise<void>;
  readonly onDelete: () => void;
}

export function ProjectRow({ project, current, onOpen, onRename, onDelete }: ProjectRowProps) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(project.name);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next = draft.trim();
    if (next && next !== project.name) await onRename(next);
    setEditing(false);
  }

  const updated = new Intl.DateTimeFormat(locale === 'fa' ? 'fa-IR' : 'en-GB', {
    dateStyle: 'medium',
  }).format(project.updatedAt);

  if (editing) {
    return (
      <li>
        <form className="row" onSubmit={submit}>
          <input
            type="text"
            dir="auto"
            aria-label={t('projects.renameTo', { name: project.name })}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            autoFocus
          />
          <button type="submit" className="btn small primary">
            {t('projects.save')}
          </button>
          <button type="button" className="btn small" onClick={() => setEditing(false)}>
            {t('projects.cancel')}
          </button>
        </form>
      </li>
    );
  }

  return (
    <li aria-current={current ? 'true' : undefined}>
      <span className="name" dir="auto">
        {project.name}
      </span>
      {current && <span className="badge">{t('projects.current')}</span>}
      <span className="meta">{t('projects.updated', { date: updated })}</span>
      <button
        type="button"
        className="btn small primary"
        onClick={onOpen}
        aria-label={`${t('projects.open')} ${project.name}`}
      >
        {t('projects.open')}
      </button>
      <button
        type="button"
        className="btn small"
        onClick={() => {
          setDraft(project.name);
          setEditing(true);
        }}
        aria-label={`${t('projects.rename')} ${project.name}`}
      >
        {t('projects.rename')}
      </button>
      <button
        type="button"
        className="btn small danger"
        onClick={onDelete}
        aria-label={`${t('projects.delete')} ${project.name}`}
      >
        {t('projects.delete')}
      </button>
    </li>
  );
}
