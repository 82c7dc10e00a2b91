// A word of the Words tab opens the Text search view on that word: its search form is set
// (renderer/hooks/search-memory.ts, which the search view reads when it mounts) to the
// word's key as a whole word, so the hits are the occurrences the word's count counted.
import { useCallback } from 'react';
import { recallSearch, rememberSearch } from './search-memory';
import { useProjectState } from './use-project-store';
import { useWorkspace } from './use-workspace';

export function useOpenWordSearch(): (wordKey: string) => void {
  const projectId = useProjectState().project.id;
  const { setView } = useWorkspace();
  return useCallback(
    (wordKey: string) => {
      rememberSearch(projectId, {
        ...recallSearch(projectId),
        text: wordKey,
        mode: 'phrase',
        wholeWord: true,
        caseId: null,
      });
      setView('search');
    },
    [projectId, setView],
  );
}
