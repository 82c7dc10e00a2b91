// Persian for shared/errors/codes-merge.ts.
import type { MERGE_ERRORS } from '../../../shared/errors/codes-merge';

export const MERGE_ERRORS_FA: { readonly [K in keyof typeof MERGE_ERRORS]: string } = {
  'merge.nothingToAdd': 'همهٔ محتوای این پرونده از پیش در پروژه هست: چیزی ادغام نشد.',
  'merge.projectGone': 'پروژه پیش از ادغام بسته یا حذف شد. چیزی ادغام نشد.',
  'merge.baseChanged':
    'سندی، کدی یا کدگذاری که ادغام با آن جور شده بود در این میان حذف شد (شاید در پنجره‌ای دیگر). چیزی ادغام نشد؛ پرونده را دوباره بخوانید.',
  'merge.notProjectFile': 'فقط پروژهٔ ‎.qdpx یا پشتیبان مضمون (‎.json) را می‌توان ادغام کرد.',
  'merge.noProject': 'نخست پروژه‌ای را برای ادغام باز کنید.',
  'merge.coderNeedsName': 'کدگذار نام لازم دارد.',
  'merge.coderExists': 'کدگذاری به نام «{name}» از پیش هست.',
};
