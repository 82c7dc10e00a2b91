// Persian for shared/errors/codes-cli.ts. Options, commands and file types are Latin: isolated.
import type { CLI_ERRORS } from '../../../shared/errors/codes-cli';
import { isolate as l } from '../reason-tools';

const HELP = `(راهنما: ${l('mazmun --help')})`;
const NOT_PROJECT = `پروژه نیستند؛ یک پوشهٔ پروژه، یک ${l('.qdpx')} یا یک پشتیبان ${l('.mazmun.json')} بدهید`;

export const CLI_ERRORS_FA: { readonly [K in keyof typeof CLI_ERRORS]: string } = {
  'cli.unknownOption': `گزینهٔ ناشناخته ${l('--')}{name} ${HELP}`,
  'cli.optionNeedsValue': `گزینهٔ ${l('--')}{name} مقدار می‌خواهد`,
  'cli.optionNotAllowed': `گزینهٔ ${l('--')}{name} باید یکی از {allowed} باشد (آمده: «{value}»)`,
  'cli.needsFile': `فرمان «{command}» یک فایل می‌خواهد: ${l('mazmun')} {command} ${l('<file>')}`,
  'cli.needsProject': `فرمان «{command}» یک پروژه می‌خواهد: ${l('mazmun')} {command} <{placeholder}>`,
  'cli.oneFile': 'فرمان «{command}» فقط یک فایل می‌گیرد، {count} تا آمده: {given}',
  'cli.oneProject': 'فرمان «{command}» فقط یک پروژه می‌گیرد، {count} تا آمده: {given}',
  'cli.unknownCommand': `فرمان ناشناخته «{command}» ${HELP}`,
  'cli.exportNeedsFormat': `فرمان ${l('export')} گزینهٔ ${l('--format')} را می‌خواهد: {formats}`,
  'cli.exportNeedsOut': `فرمان ${l('export')} گزینهٔ ${l('--out FILE')} را می‌خواهد`,
  'cli.tooManyFiles': 'بیش از {max} فایل: آیا این یک پروژه است؟',
  'cli.ioError': 'خطای فایل: {detail}',
  'cli.inPath': 'مسیر «{path}»: {error}',
  'cli.noSuchPath': '«{path}»: چنین فایل یا پوشه‌ای نیست',
  'cli.notProjectFile': `«{path}»: فایل‌های {ext} ${NOT_PROJECT}`,
  'cli.notProjectFileNoExt': `«{path}»: این فایل‌ها ${NOT_PROJECT}`,
  'cli.noSuchFile': '«{path}»: چنین فایلی نیست',
  'cli.isDirectory': '«{path}»: پوشه است',
  'cli.validateWhat': `«{path}»: فرمان ${l('validate')} فایل‌های ${l('.qdpx')} و ${l('.qdc')} را می‌خواند`,
  'cli.qdcTooLarge': '«{path}» بیش از حد بزرگ است ({sizeBytes})؛ حد مجاز {limitBytes} است',
  'cli.notUtf8': `«{path}»: متن ${l('UTF-8')} معتبری نیست`,
  'cli.noSuchSet': 'مجموعه‌ای به نام «{name}» در این پروژه نیست (مجموعه‌های آن: {sets}).',
  'cli.noSuchSetMany':
    'مجموعه‌ای به نام «{name}» در این پروژه نیست (از مجموعه‌های آن: {sets} و {more} مجموعهٔ دیگر).',
  'cli.projectHasNoSets': 'مجموعه‌ای به نام «{name}» در این پروژه نیست: این پروژه مجموعه‌ای ندارد.',
};
