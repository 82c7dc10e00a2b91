// Persian for shared/errors/codes-cases.ts.
import type { CASES_ERRORS } from '../../../shared/errors/codes-cases';
import { isolate as l } from '../reason-tools';

export const CASES_ERRORS_FA: { readonly [K in keyof typeof CASES_ERRORS]: string } = {
  'cases.csvNoHeader': `جدول ${l('CSV')} باید سطر سرستون داشته باشد: نخست نام مورد، سپس نام ویژگی‌ها.`,
  'cases.labelEmpty': 'برچسب منبع نمی‌تواند خالی باشد.',
  'cases.labelHasSeparator':
    'برچسب «{label}» ویرگول دارد؛ در گزارش برچسب‌ها با ویرگول از هم جدا می‌شوند، پس برچسب نمی‌تواند ویرگول داشته باشد.',
  'cases.labelTooLong': 'برچسب منبع حداکثر {max} نویسه می‌تواند باشد.',
  'cases.nothingToLink': 'هیچ سندی برای پیوند به مورد انتخاب نشده است.',
  'cases.linkDocumentGone': 'سند «{name}» در این میان حذف شد؛ چیزی پیوند داده نشد.',
  'cases.linkCaseGone': 'یکی از موردها در این میان حذف شد؛ چیزی پیوند داده نشد.',
};
