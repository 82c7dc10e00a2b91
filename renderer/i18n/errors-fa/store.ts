// Persian for shared/errors/codes-store.ts. The subjects ("The document «…»") are nested inside
// the what-happened-elsewhere sentences, so each reads as a noun phrase.
import type { STORE_ERRORS } from '../../../shared/errors/codes-store';

const CHANGED = 'در پنجرهٔ دیگری تغییر کرده است';
const DELETED = 'در پنجرهٔ دیگری حذف شده است';
const USED = 'در پنجرهٔ دیگری به کار رفته است';
const NO_UNDO = 'واگرد انجام نشد';
const NO_REDO = 'ازنو انجام نشد';

export const STORE_ERRORS_FA: { readonly [K in keyof typeof STORE_ERRORS]: string } = {
  'store.codeGone': 'این کد دیگر وجود ندارد.',
  'store.documentGone': 'این سند دیگر وجود ندارد.',
  'store.projectGone': 'این پروژه دیگر وجود ندارد.',
  'store.projectNeedsName': 'پروژه باید نام داشته باشد.',
  'store.projectClosed': 'پروژه بسته شده است.',
  'store.notSaved': 'تغییر ذخیره نشد: {detail}',
  'store.nothingToUndo': 'چیزی برای واگرد نیست.',
  'store.nothingToRedo': 'چیزی برای ازنو نیست.',
  'store.searchIndexClosed': 'نمایهٔ جست‌وجو بسته شد.',
  'store.textsUnreadable': 'متن‌ها خوانده نشدند: {detail}',
  'store.theDocument': 'سند «{name}»',
  'store.aDocument': 'یک سند',
  'store.theCase': 'مورد «{name}»',
  'store.aCase': 'یک مورد',
  'store.theAttribute': 'ویژگی «{name}»',
  'store.anAttribute': 'یک ویژگی',
  'store.theCode': 'کد «{name}»',
  'store.aCode': 'یک کد',
  'store.theCoder': 'کدگذار «{name}»',
  'store.aCoder': 'یک کدگذار',
  'store.theCoding': 'کدگذاری «{name}»',
  'store.aCoding': 'یک کدگذاری',
  'store.theMemo': 'یادداشت «{name}»',
  'store.aMemo': 'یک یادداشت',
  'store.changedElsewhereRefreshed': `{subject} ${CHANGED}؛ نمای شما تازه شد.`,
  'store.changedElsewhereNoUndo': `{subject} ${CHANGED}؛ ${NO_UNDO}.`,
  'store.changedElsewhereNoRedo': `{subject} ${CHANGED}؛ ${NO_REDO}.`,
  'store.deletedElsewhereNoUndo': `{subject} ${DELETED}؛ ${NO_UNDO}.`,
  'store.deletedElsewhereNoRedo': `{subject} ${DELETED}؛ ${NO_REDO}.`,
  'store.usedElsewhereNoUndo': `{subject} ${USED}؛ ${NO_UNDO}.`,
  'store.usedElsewhereNoRedo': `{subject} ${USED}؛ ${NO_REDO}.`,
};
