import type { ComponentType } from 'react';
import type { MessageKey } from '../i18n/catalog';
import { ProjectsView } from '../views/projects/ProjectsView';
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
];
