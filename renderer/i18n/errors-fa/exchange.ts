// Persian for shared/errors/codes-exchange.ts (REFI-QDA files, backups, the zip and XML readers).
// Format and element names are Latin and isolated (l); entry names and paths come in «».
import type { EXCHANGE_ERRORS } from '../../../shared/errors/codes-exchange';
import { isolate as l } from '../reason-tools';

const ZIP_DAMAGED = 'بایگانی فشرده آسیب دیده یا ناقص است';
const UNSAFE = 'در بایگانی ورودی‌ای با مسیر ناامن هست («{path}»)';

export const EXCHANGE_ERRORS_FA: { readonly [K in keyof typeof EXCHANGE_ERRORS]: string } = {
  'exchange.notZip': `این فایل بایگانی ${l('ZIP')} نیست یا ناقص است (رکورد پایانی ندارد).`,
  'exchange.zip64': `بایگانی‌های ${l('ZIP64')} پشتیبانی نمی‌شوند (بایگانی برای وارد کردن بیش از حد بزرگ است).`,
  'exchange.zipDirectoryOutside': `${ZIP_DAMAGED} (فهرست آن بیرون از فایل افتاده است).`,
  'exchange.zipBadEntry': `${ZIP_DAMAGED} (یکی از ردیف‌های فهرست آن خراب است).`,
  'exchange.zipNameCut': 'بایگانی فشرده آسیب دیده است (نام یکی از ورودی‌ها بریده شده است).',
  'exchange.zipDamaged': 'بایگانی فشرده آسیب دیده است: {detail}',
  'exchange.zipTooManyEntries': 'بایگانی {count} ورودی دارد؛ مضمون حداکثر {max} ورودی می‌پذیرد.',
  'exchange.zipUnsafePath': `${UNSAFE}: مسیرهای مطلق و «${l('..')}» پذیرفته نمی‌شوند.`,
  'exchange.zipUnsafeLocalPath': `${UNSAFE}.`,
  'exchange.zipOverTotal':
    'بایگانی پس از باز شدن {unpacked} بایت می‌شود، بیش از حد مجاز {max} بایت (شاید «بمب فشرده» باشد).',
  'exchange.zipLyingSize':
    'ورودی «{entry}» بایگانی از اندازهٔ اعلام‌شده‌اش بزرگ‌تر می‌شود (شاید «بمب فشرده» باشد).',
  'exchange.zipEntryDamaged': 'ورودی «{entry}» بایگانی آسیب دیده است: {detail}',
  'exchange.zipNoEntry': 'بایگانی ورودی «{entry}» را ندارد.',
  'exchange.xmlMalformed': `ساختار ${l('XML')} نادرست است (سطر {line}): {detail}`,
  'exchange.xmlUnreadable': `${l('XML')} خوانده نشد: {detail}`,
  'exchange.notCodebook': `این فایل کتاب کد ${l('REFI-QDA')} نیست: ریشهٔ ${l('<CodeBook>')} را ندارد.`,
  'exchange.codebookSchema': `کتاب کد از طرح‌وارهٔ ${l('Codebook')} استاندارد ${l('REFI-QDA')} پیروی نمی‌کند: {detail}`,
  'exchange.projectSchema': `${l('project.qde')} از طرح‌وارهٔ ${l('Project')} استاندارد ${l('REFI-QDA')} پیروی نمی‌کند: {detail}`,
  'exchange.notUtf8': `«{file}» متن ${l('UTF-8')} معتبری نیست.`,
  'exchange.noProjectQde': `این بایگانی پروژهٔ ${l('REFI-QDA')} نیست: فایل ${l('project.qde')} را ندارد.`,
  'exchange.inProjectQde': `فایل ${l('project.qde')}: {error}`,
  'exchange.noProjectRoot': `${l('project.qde')} پروژهٔ ${l('REFI-QDA')} نیست: عنصر ریشهٔ ${l('<Project>')} را ندارد.`,
  'exchange.sourceFileMissing': 'فایل آن، «{path}»، در بایگانی نیست',
  'exchange.importCrashed': 'پروژه وارد نشد: {detail}',
  'exchange.backupNotJson': `فایل پشتیبان آسیب دیده یا ناقص است: ${l('JSON')} معتبری نیست ({detail}).`,
  'exchange.notBackup': `این فایل پشتیبان مضمون نیست (مقدار ${l('format')} آن ${l('mazmun-backup')} نیست).`,
  'exchange.backupBadVersion': `فایل پشتیبان آسیب دیده است: ${l('formatVersion')} آن نیست یا نامعتبر است.`,
  'exchange.backupTooNew':
    'این پشتیبان را نسخهٔ تازه‌تری از مضمون ساخته است (قالب پشتیبان {version})؛ این نسخه تا قالب {supported} را می‌خواند. برای بازگردانی آن، مضمون را به‌روز کنید.',
  'exchange.backupNoSnapshot': 'فایل پشتیبان آسیب دیده یا ناقص است: هیچ پروژه‌ای در آن نیست.',
  'exchange.backupDamaged': 'فایل پشتیبان آسیب دیده است: {error}',
  'exchange.backupNoProject': 'در پشتیبان هیچ پروژه‌ای نیست.',
  'exchange.backupProjectNoId': 'پروژهٔ این پشتیبان شناسهٔ معتبری ندارد.',
};
