// Coders and merging another coder's work (shared/exchange/merge*, shared/db/merge-repo*).
// Persian in renderer/i18n/errors-fa/merge.ts.

export const MERGE_ERRORS = {
  'merge.nothingToAdd': 'Everything in this file is already in the project: nothing was merged.',
  'merge.projectGone': 'The project was closed or deleted before the merge. Nothing was merged.',
  'merge.baseChanged':
    'A document, code or coder the merge matched was deleted meanwhile (perhaps in another window). Nothing was merged; read the file again.',
  'merge.notProjectFile': 'Only a .qdpx project or a Mazmun backup (.json) can be merged.',
  'merge.noProject': 'Open a project to merge into first.',
  'merge.coderNeedsName': 'A coder needs a name.',
  'merge.coderExists': 'A coder named "{name}" already exists.',
} as const;
