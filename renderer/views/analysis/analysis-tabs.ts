// The tabs of the analysis view, in order: each analysis declared once, loaded when first shown.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { MessageKey } from '../../i18n/catalog';

export type AnalysisTabName = 'crosstab' | 'cooccurrence' | 'agreement' | 'words' | 'network';

export interface AnalysisTab {
  readonly name: AnalysisTabName;
  readonly label: MessageKey;
  readonly Component: LazyExoticComponent<ComponentType>;
}

function lazyPanel(load: () => Promise<ComponentType>): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: await load() }));
}

export const ANALYSIS_TABS: readonly AnalysisTab[] = [
  {
    name: 'crosstab',
    label: 'analysis.tab.crosstab',
    Component: lazyPanel(() => import('../crosstab/CrosstabPanel').then((m) => m.CrosstabPanel)),
  },
  {
    name: 'cooccurrence',
    label: 'analysis.tab.cooccurrence',
    Component: lazyPanel(() =>
      import('../cooccurrence/CooccurrencePanel').then((m) => m.CooccurrencePanel),
    ),
  },
  {
    name: 'agreement',
    label: 'analysis.tab.agreement',
    Component: lazyPanel(() => import('../agreement/AgreementPanel').then((m) => m.AgreementPanel)),
  },
  {
    name: 'words',
    label: 'analysis.tab.words',
    Component: lazyPanel(() => import('../words/WordsPanel').then((m) => m.WordsPanel)),
  },
  {
    name: 'network',
    label: 'analysis.tab.network',
    Component: lazyPanel(() => import('../network/NetworkPanel').then((m) => m.NetworkPanel)),
  },
];
