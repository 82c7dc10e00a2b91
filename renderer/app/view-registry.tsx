import { lazy, type ComponentType } from 'react';
import type { MessageKey } from '../i18n/catalog';
import { ProjectsView } from '../views/projects/ProjectsView';
import { DocumentsView } from '../views/documents/DocumentsView';
import type { ViewName } from './WorkspaceProvider';

export interface ViewEntry {
  readonly name: ViewName;
  readonly label: MessageKey;
  /** Views that show one project's data are disabled until a project is open. */
  readonly needsProject: boolean;
  readonly Component: ComponentType;
}

/**
 * A view loaded when first shown: the charts (Recharts), the spreadsheet writer (exceljs) and the
 * like stay out of the start-up script, so the app opens sooner. Views use named exports; React's
 * lazy wants a default, hence the wrapper.
 */
function lazyView(load: () => Promise<ComponentType>): ComponentType {
  return lazy(async () => ({ default: await load() }));
}

// The sections of the app, in navigation order. A feature adds its view here.
export const VIEWS: readonly ViewEntry[] = [
  { name: 'projects', label: 'nav.projects', needsProject: false, Component: ProjectsView },
  {
    name: 'workspace',
    label: 'nav.workspace',
    needsProject: true,
    Component: lazyView(() => import('../workspace/WorkspaceView').then((m) => m.WorkspaceView)),
  },
  { name: 'documents', label: 'nav.documents', needsProject: true, Component: DocumentsView },
  {
    name: 'codebook',
    label: 'nav.codebook',
    needsProject: true,
    Component: lazyView(() => import('../views/codebook/CodebookView').then((m) => m.CodebookView)),
  },
  {
    name: 'cases',
    label: 'nav.cases',
    needsProject: true,
    Component: lazyView(() => import('../views/cases/CasesView').then((m) => m.CasesView)),
  },
  {
    name: 'memos',
    label: 'nav.memos',
    needsProject: true,
    Component: lazyView(() => import('../views/memos/MemosView').then((m) => m.MemosView)),
  },
  {
    name: 'retrieval',
    label: 'nav.retrieval',
    needsProject: true,
    Component: lazyView(() =>
      import('../views/retrieval/RetrievalView').then((m) => m.RetrievalView),
    ),
  },
  {
    name: 'search',
    label: 'nav.search',
    needsProject: true,
    Component: lazyView(() => import('../views/search/SearchView').then((m) => m.SearchView)),
  },
  {
    name: 'report',
    label: 'nav.report',
    needsProject: true,
    Component: lazyView(() => import('../views/report/ReportView').then((m) => m.ReportView)),
  },
  {
    name: 'charts',
    label: 'nav.charts',
    needsProject: true,
    Component: lazyView(() => import('../views/charts/ChartsView').then((m) => m.ChartsView)),
  },
  {
    name: 'compare',
    label: 'nav.compare',
    needsProject: true,
    Component: lazyView(() => import('../views/compare/CompareView').then((m) => m.CompareView)),
  },
  {
    name: 'analysis',
    label: 'nav.analysis',
    needsProject: true,
    Component: lazyView(() => import('../views/analysis/AnalysisView').then((m) => m.AnalysisView)),
  },
  {
    name: 'exchange',
    label: 'nav.exchange',
    needsProject: false,
    Component: lazyView(() => import('../views/exchange/ExchangeView').then((m) => m.ExchangeView)),
  },
  {
    name: 'sharing',
    label: 'nav.sharing',
    needsProject: false,
    Component: lazyView(() => import('../views/sync/SharingView').then((m) => m.SharingView)),
  },
];
