import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/vazirmatn/arabic-400.css';
import '@fontsource/vazirmatn/arabic-600.css';
import '@fontsource/vazirmatn/arabic-700.css';
import '@fontsource/vazirmatn/latin-400.css';
import '@fontsource/vazirmatn/latin-600.css';
import '@fontsource/vazirmatn/latin-700.css';
import './styles/app.css';
import { App } from './app/App';
import { WorkspaceProvider } from './app/WorkspaceProvider';
import { ProjectStoreProvider } from './data/ProjectStoreProvider';
import { I18nProvider } from './i18n/I18nProvider';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <WorkspaceProvider>
        <ProjectStoreProvider>
          <App />
        </ProjectStoreProvider>
      </WorkspaceProvider>
    </I18nProvider>
  </StrictMode>,
);
