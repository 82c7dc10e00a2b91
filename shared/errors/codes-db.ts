// The database's repositories (shared/db): things that no longer exist, names that are missing,
// values that do not fit, a project that cannot be imported.

export const DB_ERRORS = {
  'db.coderNeedsName': 'A coder needs a name.',
  'db.caseNeedsName': 'A case needs a name.',
  'db.codeNeedsName': 'A code needs a name.',
  'db.attributeNeedsName': 'An attribute needs a name.',
  'db.documentNeedsTitle': 'A document needs a title.',
  'db.coderGone': 'The coder no longer exists.',
  'db.documentGone': 'The document no longer exists.',
  'db.caseGone': 'The case no longer exists.',
  'db.memoGone': 'The memo no longer exists.',
  'db.attributeGone': 'The attribute no longer exists.',
  'db.codeGone': 'The code no longer exists.',
  'db.codingGone': 'The coding no longer exists.',
  'db.projectGone': 'The project no longer exists.',
  'db.targetCodeGone': 'The target code no longer exists.',
  'db.parentCodeGone': 'The parent code no longer exists.',
  'db.oneAttributeGone': 'One of the attributes no longer exists.',
  'db.oneCodeGone': 'One of the codes no longer exists.',
  'db.notNumber': '"{value}" is not a number (attribute "{attribute}").',
  'db.notYear': '"{value}" is not a year (attribute "{attribute}").',
  'db.notOption': '"{value}" is not one of the options of "{attribute}": {options}.',
  'db.attributeExists': 'An attribute "{name}" already exists.',
  'db.moveUnderItself': '"{name}" cannot be moved under itself or one of its sub-codes.',
  'db.mergeIntoItself': 'A code cannot be merged into itself.',
  'db.mergeIntoSubCode': '"{source}" cannot be merged into its own sub-code "{target}".',
  'db.badColour': '"{color}" is not a colour of the form #rrggbb.',
  'db.passageInvalid': 'The passage [{start}, {end}) is empty or invalid.',
  'db.passagePastEnd': 'The passage ends at {end}, past the end of the document ({length}).',
  /** `problem`: the first inconsistency snapshot-check.ts found (still a sentence: legacy). */
  'db.snapshotProblem': 'The project cannot be imported: {problem}',
  'db.importIdsTaken':
    'The project "{name}" was not imported (some of its ids already exist in this database). Nothing was saved.',
  'db.importDiskFull':
    'The project "{name}" was not imported (the disk is full). Nothing was saved.',
  /** `detail`: the storage's own message (English, from IndexedDB). */
  'db.importFailed': 'The project "{name}" was not imported ({detail}). Nothing was saved.',
  'db.newerDatabase':
    'This data was saved by a newer version of Mazmun (database version {stored}); this copy understands up to version {supported}. Update Mazmun to open it. Nothing was changed.',
  /** `detail`: the storage's own message (English, from IndexedDB). */
  'db.openFailed': 'The database could not be opened: {detail}',
} as const;
