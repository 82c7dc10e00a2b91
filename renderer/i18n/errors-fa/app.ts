// Persian for shared/errors/codes-app.ts (hooks, the heavy-work worker, the browser platform).
import type { APP_ERRORS } from '../../../shared/errors/codes-app';
import { isolate as l } from '../reason-tools';

export const APP_ERRORS_FA: { readonly [K in keyof typeof APP_ERRORS]: string } = {
  'app.canceled': 'لغو شد: چیزی نوشته نشد.',
  'app.workerStopped': 'کار پس‌زمینه ناگهان متوقف شد؛ چیزی نوشته نشد. ({detail})',
  'app.fileNoLongerOpen': 'فایل دیگر باز نیست: دوباره آن را بخوانید.',
  'app.unexpected': 'خطای پیش‌بینی‌نشده: {detail}',
  'app.notExchangeFile': `مضمون پروژه‌های ${l('.qdpx')}، کتاب‌های کد ${l('.qdc')} و پشتیبان‌های ${l('.mazmun.json')} را وارد می‌کند.`,
  'app.nothingToImport': 'چیزی برای وارد کردن نیست',
  'app.noProjectOpen': 'هیچ پروژه‌ای باز نیست',
  'app.codeNotAdded': 'کد «{name}»: {error}',
  'app.passageNotCoded': 'این بخش کدگذاری نشد.',
  'app.nothingSaved': 'چیزی ذخیره نشد.',
  'app.backupUnsafeProjectId': `شناسهٔ پروژه (${l('projectId')}) شناسهٔ امنی نیست`,
  'app.backupBadKeep': `شمار پشتیبان‌های نگه‌داشتنی (${l('keep')}) باید عددی درست و بیش از صفر باشد`,
  'app.backupUnnamed': 'برای پشتیبان نامی ساخته نشد',
  'app.backupNotWritten': 'پشتیبان نوشته نشد: {detail}',
  'app.backupsNotListed': 'فهرست پشتیبان‌ها خوانده نشد: {detail}',
  'app.notBackupName': 'این نام پشتیبان نیست',
  'app.backupNotFound': 'پشتیبان «{name}» پیدا نشد',
  'app.backupNotRead': 'پشتیبان خوانده نشد: {detail}',
  'app.noBackupStorage': 'این مرورگر جایی برای نگه‌داشتن پشتیبان‌ها ندارد',
  'app.noFilePicker': 'صفحه‌ای نیست که پنجرهٔ انتخاب فایل روی آن باز شود',
  'app.noRoom':
    'برای وارد کردن «{file}» فضای خالی کافی روی دیسک نیست: حدود {neededMb} مگابایت لازم است و {freeMb} مگابایت خالی است. کمی جا باز کنید و دوباره امتحان کنید. چیزی تغییر نکرد.',
};
