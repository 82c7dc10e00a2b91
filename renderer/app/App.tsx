import { Suspense, useState } from 'react';
import { useI18n } from '../hooks/use-i18n';
import { useMenuCommands, useWindowTitle } from '../hooks/use-menu-commands';
import { AboutDialog } from './AboutDialog';
import { StorageAlertBanner } from './StorageAlertBanner';
import { UndoRefusalBanner } from '../components/UndoRefusalBanner';
import { VanishedNotice } from './VanishedNotice';
import { DatabaseLostBanner } from './DatabaseLostBanner';
import { useStoreStatus } from '../hooks/use-project-store';
import { useAutoBackup } from '../hooks/use-exchange-backups';
import { useDatabaseLost, useProjects } from '../hooks/use-projects';
import { useUndoShortcuts } from '../hooks/use-undo-shortcuts';
import { useSearchWarmup } from '../hooks/use-search-index';
import { useWorkspace } from '../hooks/use-workspace';
import { LanguageSwitch } from './LanguageSwitch';
import { LiveAnnouncer } from './LiveAnnouncer';
import { SyncBadge } from './SyncBadge';
import { CoderChooser } from '../views/coders/CoderChooser';
import { VIEWS } from './view-registry';

export function App() {
  const { t } = useI18n();
  const workspace = useWorkspace();
  const projects = useProjects();
  const lost = useDatabaseLost();
  const project = projects?.find((p) => p.id === workspace.projectId) ?? null;
  const status = useStoreStatus();
  useUndoShortcuts();
  useSearchWarmup();
  useAutoBackup();
  const storeReady = status.kind === 'ready' && status.store.getState().project.id === project?.id;
  const active = VIEWS.find((v) => v.name === workspace.view) ?? VIEWS[0];
  const ActiveView = active && (!active.needsProject || storeReady) ? active.Component : null;
  const [aboutOpen, setAboutOpen] = useState(false);
  const loading = (
    <p className="muted" role="status">
      {t('status.loading')}
    </p>
  );
  useMenuCommands(() => setAboutOpen(true));
  useWindowTitle(project?.name ?? null, t('app.name'));

  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <span>{t('app.name')}</span>
          <small>{t('app.tagline')}</small>
        </div>
        <span className="project-name" dir="auto" aria-label={t('projects.current')}>
          {project ? project.name : <span className="muted">{t('project.none')}</span>}
        </span>
        {storeReady && <SyncBadge />}
        {storeReady && <CoderChooser />}
        <LanguageSwitch />
      </header>
      <nav className="sidenav" aria-label={t('nav.label')}>
        <ul>
          {VIEWS.map((v) => (
            <li key={v.name}>
              <button
                type="button"
                aria-current={v.name === workspace.view ? 'page' : undefined}
                disabled={v.needsProject && !project}
                onClick={() => workspace.setView(v.name)}
              >
                {t(v.label)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main className={active?.name === 'workspace' && ActiveView ? 'main main-workspace' : 'main'}>
        <StorageAlertBanner />
        {storeReady && <UndoRefusalBanner />}
        {lost && <DatabaseLostBanner />}
        {workspace.vanished && projects?.length === 0 && <VanishedNotice />}
        {status.kind === 'error' && (
          <div role="alert" className="banner error">
            {t('error.title')}: {status.message}
          </div>
        )}
        {workspace.ready && ActiveView ? (
          <Suspense fallback={loading}>
            <ActiveView />
          </Suspense>
        ) : (
          loading
        )}
      </main>
      <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
      <LiveAnnouncer />
    </div>
  );
}
