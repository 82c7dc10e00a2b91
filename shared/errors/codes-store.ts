// The project store (shared/store) and what another window did to the rows a write is about to
// touch (shared/db's compare-and-set, the store's undo checks).

/**
 * What another window changed, deleted or started to use, as the subject of a sentence below:
 * one code per kind of row and per named/unnamed form, because Persian needs its own noun.
 */
const SUBJECTS = {
  'store.theDocument': 'The document "{name}"',
  'store.aDocument': 'A document',
  'store.theCase': 'The case "{name}"',
  'store.aCase': 'A case',
  'store.theAttribute': 'The attribute "{name}"',
  'store.anAttribute': 'An attribute',
  'store.theCode': 'The code "{name}"',
  'store.aCode': 'A code',
  'store.theCoder': 'The coder "{name}"',
  'store.aCoder': 'A coder',
  'store.theCoding': 'The coding "{name}"',
  'store.aCoding': 'A coding',
  'store.theMemo': 'The memo "{name}"',
  'store.aMemo': 'A memo',
} as const;

export const STORE_ERRORS = {
  'store.codeGone': 'The code no longer exists.',
  'store.documentGone': 'The document no longer exists.',
  'store.projectGone': 'The project no longer exists.',
  'store.projectNeedsName': 'A project needs a name.',
  'store.projectClosed': 'The project is closed.',
  /** `detail`: the storage's own message (a full disk, a closed database). */
  'store.notSaved': 'The change could not be saved: {detail}',
  'store.nothingToUndo': 'Nothing to undo.',
  'store.nothingToRedo': 'Nothing to redo.',
  'store.searchIndexClosed': 'The search index was closed.',
  /** `detail`: the storage's own message. */
  'store.textsUnreadable': 'The texts could not be read: {detail}',
  ...SUBJECTS,
  // `subject`: one of SUBJECTS above.
  'store.changedElsewhereRefreshed':
    '{subject} was changed in another window; your view has been refreshed.',
  'store.changedElsewhereNoUndo': '{subject} was changed in another window; undo was not applied.',
  'store.changedElsewhereNoRedo': '{subject} was changed in another window; redo was not applied.',
  'store.deletedElsewhereNoUndo': '{subject} was deleted in another window; undo was not applied.',
  'store.deletedElsewhereNoRedo': '{subject} was deleted in another window; redo was not applied.',
  'store.usedElsewhereNoUndo': '{subject} was used in another window; undo was not applied.',
  'store.usedElsewhereNoRedo': '{subject} was used in another window; redo was not applied.',
} as const;
