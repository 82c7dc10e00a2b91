// Word frequency and the CLI search (shared/analysis/word-frequency*, cli/commands/words.ts,
// search.ts). Persian in renderer/i18n/errors-fa/words.ts.

export const WORDS_ERRORS = {
  'words.badTop': '--top must be a whole number of 1 or more (got "{value}")',
  'words.searchNeedsQuery': 'search needs a project and a query: mazmun search <project> <query>',
  /** `given` is every positional argument, space-separated. */
  'words.searchTooMany':
    'search takes a project and one query, got {count} arguments: {given} (quote a query of several words)',
  'words.emptyQuery': 'the query has nothing to find (only spaces or punctuation?)',
  /** The settings store's own message. */
  'words.stopListUnsaved': 'the stop list could not be saved: {detail}',
  'words.textsUnreadable': 'the texts could not be read for word frequency: {detail}',
} as const;
