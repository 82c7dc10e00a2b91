// The app's own refusals outside shared/: the renderer's hooks, the heavy-work worker and the
// browser's stand-ins for the desktop platform (backups in IndexedDB, no file picker). Persian in
// renderer/i18n/errors-fa/app.ts. `{detail}` is a library's or the browser's own message.
export const APP_ERRORS = {
  'app.canceled': 'Canceled: nothing was written.',
  'app.workerStopped': 'The background work stopped unexpectedly; nothing was written. ({detail})',
  'app.fileNoLongerOpen': 'The file is no longer open: read it again.',
  /** Something threw (a bug, not the user's doing): the thrown message as it is. */
  'app.unexpected': '{detail}',
  'app.notExchangeFile': 'Mazmun imports .qdpx projects, .qdc codebooks and .mazmun.json backups.',
  'app.nothingToImport': 'nothing to import',
  'app.noProjectOpen': 'no project is open',
  /** A codebook's code the store refused: the code's name, then the store's error. */
  'app.codeNotAdded': '{name}: {error}',
  'app.passageNotCoded': 'The passage was not coded.',
  'app.nothingSaved': 'Nothing was saved.',
  'app.backupUnsafeProjectId': 'projectId is not a safe id',
  'app.backupBadKeep': 'keep must be a whole number above 0',
  'app.backupUnnamed': 'could not name the backup',
  'app.backupNotWritten': 'backup was not written: {detail}',
  'app.backupsNotListed': 'backups could not be listed: {detail}',
  'app.notBackupName': 'not a backup name',
  'app.backupNotFound': 'backup {name} was not found',
  'app.backupNotRead': 'backup could not be read: {detail}',
  'app.noBackupStorage': 'this browser offers no storage for backups',
  'app.noFilePicker': 'there is no page to show a file picker on',
  /** Sizes in megabytes with one decimal, as the free-space check rounds them. */
  'app.noRoom':
    'There is not enough free disk space to import "{file}": it needs about {neededMb} MB and {freeMb} MB is free. Free some disk space, then try again. Nothing was changed.',
} as const;
