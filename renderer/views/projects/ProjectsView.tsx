import { useState, type FormEvent } from 'react';
import type { Project } from '../../../shared/model';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../hooks/use-i18n';
import { useProjectActions, useProjects } from '../../hooks/use-projects';
import { useWorkspace } from '../../hooks/use-workspace';
import { ProjectRow } from './ProjectRow';
import type { Failure } from '../../../shared/model/snapshot';
import { translateFailure } from '../../i18n/errors';

export function ProjectsView() {
  const { t, locale } = useI18n();
  const projects = useProjects();
  const actions = useProjectActions();
  const workspace = useWorkspace();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The sample's refusal as data, translated when shown (a language switch translates it again).
  const [sampleError, setSampleError] = useState<Failure | null>(null);
  const [toDelete, setToDelete] = useState<Project | null>(null);

  async function onCreate(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError(t('projects.nameRequired'));
      return;
    }
    setError(null);
    const project = await actions.create(trimmed);
    setName('');
    workspace.openProject(project.id);
  }

  async function onConfirmDelete() {
    if (!toDelete) return;
    const id = toDelete.id;
    setToDelete(null);
    if (workspace.projectId === id) workspace.closeProject();
    await actions.remove(id);
  }

  return (
    <section aria-labelledby="projects-title">
      <h1 id="projects-title">{t('projects.title')}</h1>
      <form className="panel row" onSubmit={onCreate}>
        <div className="field">
          <label htmlFor="new-project-name">{t('projects.newName')}</label>
          <input
            id="new-project-name"
            type="text"
            dir="auto"
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'new-project-error' : undefined}
          />
        </div>
        <button type="submit" className="btn primary">
          {t('projects.create')}
        </button>
        <button
          type="button"
          className="btn"
          style={{ marginInlineStart: 'auto' }}
          onClick={() => void workspace.openSample().then(setSampleError)}
        >
          {t('projects.openSample')}
        </button>
        {error && (
          <span id="new-project-error" role="alert" className="error-text">
            {error}
          </span>
        )}
        {sampleError && (
          <span role="alert" className="error-text" dir="auto">
            {translateFailure(sampleError, locale)}
          </span>
        )}
      </form>
      <div className="panel">
        <h2>{t('projects.list')}</h2>
        {projects === undefined ? (
          <p className="muted">{t('status.loading')}</p>
        ) : projects.length === 0 ? (
          <p className="muted">{t('projects.empty')}</p>
        ) : (
          <ul className="project-list" aria-label={t('projects.list')}>
            {projects.map((p) => (
              <ProjectRow
                key={p.id}
                project={p}
                current={p.id === workspace.projectId}
                onOpen={() => workspace.openProject(p.id)}
                onRename={(next) => actions.rename(p.id, next)}
                onDelete={() => setToDelete(p)}
              />
            ))}
          </ul>
        )}
      </div>
      <ConfirmDialog
        open={toDelete !== null}
        title={t('projects.deleteConfirmTitle')}
        body={t('projects.deleteConfirmBody', { name: toDelete?.name ?? '' })}
        confirmLabel={t('projects.delete')}
        danger
        onConfirm={() => void onConfirmDelete()}
        onCancel={() => setToDelete(null)}
      />
    </section>
  );
}
