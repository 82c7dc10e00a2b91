// Persian for shared/errors/codes-sets.ts.
import type { SETS_ERRORS } from '../../../shared/errors/codes-sets';

export const SETS_ERRORS_FA: { readonly [K in keyof typeof SETS_ERRORS]: string } = {
  'sets.theSet': 'مجموعهٔ «{name}»',
  'sets.aSet': 'یک مجموعه',
  'sets.needsName': 'مجموعه باید نام داشته باشد.',
  'sets.nameTaken': 'مجموعه‌ای به نام «{name}» از پیش هست.',
  'sets.gone': 'این مجموعه دیگر نیست؛ شاید پنجرهٔ دیگری آن را حذف کرده باشد.',
  'sets.ruleEmpty': 'قاعده دست‌کم یک شرط با یک مقدار می‌خواهد.',
  'sets.notManual': 'سند را فقط می‌توان به مجموعهٔ دستی افزود؛ «{name}» از یک قاعده پیروی می‌کند.',
  'sets.unknownSet': 'مجموعه‌ای به نام «{name}» در این پروژه نیست.',
};
