import { useContext } from 'react';
import { WorkspaceContext, type Workspace } from '../app/WorkspaceProvider';

export function useWorkspace(): Workspace {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace must be used inside <WorkspaceProvider>');
  return value;
}
