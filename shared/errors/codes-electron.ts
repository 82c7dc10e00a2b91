// The main process (electron/): its IPC handlers and the backup folder. Persian in
// renderer/i18n/errors-fa/electron.ts. Errors cross IPC as plain objects (structured clone).
export const ELECTRON_ERRORS = {
  'electron.untrusted': '{channel}: refused, the request did not come from Mazmun',
  /** The validator's error (shared/ipc.ts) under the channel's name. */
  'electron.badRequest': '{channel}: {error}',
  /** A handler threw (a file system error, a bug): its message as it is. */
  'electron.handlerFailed': '{channel}: {detail}',
  'electron.notBackupFileName': 'not a backup file name',
  'electron.backupNotFound': 'backup {name} was not found',
} as const;
