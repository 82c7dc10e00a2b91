import type { ComponentType } from 'react';
import type { MessageKey } from '../i18n/catalog';
import { ProjectsView } from '../views/projects/ProjectsView';
import { CodebookView } from '../views/codebook/CodebookView';
import { CasesView } from '../views/cases/CasesView';
import { RetrievalView } from '../views/retrieval/RetrievalView';
import { SearchView } from '../views/search/SearchView';
import { ReportView } from '../views/report/ReportView';
import { ChartsView } from '../views/charts/ChartsView';
import { CompareView } from '../views/compare/CompareView';
import { DocumentsView } from '../views/documents/DocumentsView';
import { ExchangeView } from '../views/exchange/ExchangeView';
import type { ViewName } from './WorkspaceProvider';

export interface ViewEntry {
  readonly name: ViewName;
  readonly label: MessageKey;
  /** Views that show one project's data are disabled until a project is open. */
  readonly needsProject: boolean;
  readonly Component: ComponentType;
}

// The sections of the app, in navigation order. A feature adds its view here.
export const VIEWS: readonly ViewEntry[] = [
  { name: 'projects', label: 'nav.projects', needsProject: false, Component: ProjectsView },
  { name: 'documents', label: 'nav.documents', needsProject: true, Component: DocumentsView },
  { name: 'codebook', label: 'nav.codebook', needsProject: true, Component: CodebookView },
  { name: 'cases', label: 'nav.cases', needsProject: true, Component: CasesView },
  { name: 'retrieval', label: 'nav.retrieval', needsProject: true, Component: RetrievalView },
  { name: 'search', label: 'nav.search', needsProject: true, Component: SearchView },
  { name: 'report', label: 'nav.report', needsProject: true, Component: ReportView },
  { name: 'charts', label: 'nav.charts', needsProject: true, Component: ChartsView },
  { name: 'compare', label: 'nav.compare', needsProject: true, Component: CompareView },
  { name: 'exchange', label: 'nav.exchange', needsProject: false, Component: ExchangeView },
];
