// The search form outlives the view: opening a hit switches to the transcript, and coming back
// must find the same query (per project, for this session only).
import type { CaseId, ProjectId } from '../../shared/model';
import type { SearchMode } from '../../shared/search/match';
import type { HitOrder } from '../../shared/search/group-hits';

export interface SearchForm {
  readonly text: string;
  readonly mode: SearchMode;
  readonly wholeWord: boolean;
  readonly caseId: CaseId | null;
  readonly order: HitOrder;
}

const EMPTY: SearchForm = {
  text: '',
  mode: 'phrase',
  wholeWord: false,
  caseId: null,
  order: 'document',
};
const forms = new Map<ProjectId, SearchForm>();

export function recallSearch(projectId: ProjectId): SearchForm {
  return forms.get(projectId) ?? EMPTY;
}

export function rememberSearch(projectId: ProjectId, form: SearchForm): void {
  forms.set(projectId, form);
}
