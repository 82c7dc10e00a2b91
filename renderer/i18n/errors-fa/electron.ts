// Persian for shared/errors/codes-electron.ts (the main process's handlers and backup folder).
import type { ELECTRON_ERRORS } from '../../../shared/errors/codes-electron';

export const ELECTRON_ERRORS_FA: { readonly [K in keyof typeof ELECTRON_ERRORS]: string } = {
  'electron.untrusted': '«{channel}»: رد شد، درخواست از خود مضمون نیامده بود',
  'electron.badRequest': 'کانال «{channel}»: {error}',
  'electron.handlerFailed': 'کانال «{channel}»: {detail}',
  'electron.notBackupFileName': 'این نام فایل پشتیبان نیست',
  'electron.backupNotFound': 'پشتیبان «{name}» پیدا نشد',
};
