// Persian for shared/errors/codes-words.ts. Options and commands are Latin: isolated.
import type { WORDS_ERRORS } from '../../../shared/errors/codes-words';
import { isolate as l } from '../reason-tools';

export const WORDS_ERRORS_FA: { readonly [K in keyof typeof WORDS_ERRORS]: string } = {
  'words.badTop': `${l('--top')} باید عددی صحیح و دست‌کم ۱ باشد (آمده: «{value}»)`,
  'words.searchNeedsQuery': `جست‌وجو یک پروژه و یک عبارت می‌خواهد: ${l('mazmun search <project> <query>')}`,
  'words.searchTooMany':
    'جست‌وجو یک پروژه و یک عبارت می‌گیرد، {count} آرگومان آمده: {given} (عبارت چندواژه‌ای را در گیومه بگذارید)',
  'words.emptyQuery': 'در عبارت چیزی برای یافتن نیست (فقط فاصله یا نشانه؟)',
  'words.stopListUnsaved': 'فهرست واژه‌های ایست ذخیره نشد: {detail}',
  'words.textsUnreadable': 'متن‌ها برای بسامد واژه‌ها خوانده نشد: {detail}',
};
