// `--set NAME` of report, crosstab, cooccurrence, words, network, export, agreement and search
// (issue 13.4: every view and export can be limited to a set). The snapshot is narrowed to the
// set's documents once, in cli/open-scoped-project.ts, by the same pure step the app takes
// (shared/analysis/document-sets.ts), so a command's counts are the app's counts for that set.

/** The help line, aligned with the commands' other options. */
export const SET_HELP = [
  '  --set NAME                   Only the documents of the document set NAME (made in the',
  '                               app by hand or by an attribute rule; a .qdpx or backup',
  '                               carries its sets). Codes and cases stay; codings and',
  '                               document memos outside the set drop out.',
].join('\n');

/** The set name of `--set` (trimmed), or null when the option is absent. */
export function setName(value: string | undefined): string | null {
  return value === undefined ? null : value.trim();
}
