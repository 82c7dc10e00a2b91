// "All documents" in the transcript asks the workspace for its document browser: the pane opens
// if it was collapsed and the focus goes to the open document's row (else the pane's first
// control), never to <body>.
import { useEffect, useRef, type RefObject } from 'react';
import { focusPane } from '../workspace/layout/focus-pane';
import { useWorkspace } from './use-workspace';

export function useWorkspaceBrowse(
  root: RefObject<HTMLElement | null>,
  collapsed: boolean,
  expand: () => void,
): void {
  const { browseRequest } = useWorkspace();
  // The request seen when the workspace mounted is an old one: answer only newer ones.
  const answered = useRef(browseRequest);
  useEffect(() => {
    if (browseRequest === answered.current || !root.current) return;
    // Collapsed: expand first; this effect runs again once the pane's body is shown.
    if (collapsed) return expand();
    answered.current = browseRequest;
    const current = root.current.querySelector<HTMLElement>(
      '[data-pane="documents"] [aria-current="true"]',
    );
    if (current) current.focus();
    else focusPane(root.current, 'documents');
  }, [browseRequest, collapsed, expand, root]);
}
