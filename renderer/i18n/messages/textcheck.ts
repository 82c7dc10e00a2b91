// Messages of Broken-Persian warnings and repair, PDF import (renderer/views/text-check/).
export const textcheckEn = {
  'textcheck.title': 'Check before importing',
  'textcheck.intro':
    'Something in these texts needs your choice. Nothing is changed unless you say so.',
  'textcheck.pages': '{count} pages',
  'textcheck.brokenTitle': 'The Persian in this text looks reversed',
  'textcheck.brokenBody':
    'It reads like text copied out of a PDF in visual order: the words of a line backwards and half-space suffixes cut off (score {score}). Mazmun can try to put the lines back in order; check the preview.',
  'textcheck.preview': 'Preview of the repair',
  'textcheck.before': 'As read',
  'textcheck.after': 'Repaired',
  'textcheck.changedLines': '{count} lines would change.',
  'textcheck.choice': 'Import this text',
  'textcheck.asIs': 'Import as is',
  'textcheck.repaired': 'Import repaired (the original is kept in a memo on the document)',
  'textcheck.repeatedTitle': 'Lines repeated on every page',
  'textcheck.repeatedBody':
    'These lines stand at the top or bottom of most pages (running headers, footers, page numbers). Ticked lines are left out.',
  'textcheck.repeatedTop': 'top of {count} pages',
  'textcheck.repeatedBottom': 'bottom of {count} pages',
  'textcheck.import': 'Import',
  'textcheck.cancel': 'Cancel',
  'textcheck.memoTitle': 'Import record',
  'textcheck.memoOriginal': 'The text as read, before the broken-Persian repair (score {score}):',
  'textcheck.memoPages': 'Page starts (character offsets in the text): {pages}',
  'textcheck.dropHint': 'Drop files here to import them',
} as const;

export const textcheckFa: Record<keyof typeof textcheckEn, string> = {
  'textcheck.title': 'بررسی پیش از وارد کردن',
  'textcheck.intro':
    'چیزی در این متن‌ها به انتخاب شما نیاز دارد. تا شما نخواهید چیزی تغییر نمی‌کند.',
  'textcheck.pages': '{count} صفحه',
  'textcheck.brokenTitle': 'فارسیِ این متن وارونه به نظر می‌رسد',
  'textcheck.brokenBody':
    'به متنی می‌ماند که به ترتیب دیداری از یک PDF رونوشت شده است: واژه‌های هر سطر وارونه و پسوندهای نیم‌فاصله‌دار جدا شده‌اند (امتیاز {score}). مضمون می‌تواند بکوشد سطرها را به ترتیب درست برگرداند؛ پیش‌نمایش را ببینید.',
  'textcheck.preview': 'پیش‌نمایش ترمیم',
  'textcheck.before': 'همان‌گونه که خوانده شد',
  'textcheck.after': 'ترمیم‌شده',
  'textcheck.changedLines': '{count} سطر تغییر خواهد کرد.',
  'textcheck.choice': 'این متن را وارد کن',
  'textcheck.asIs': 'همان‌گونه که هست',
  'textcheck.repaired': 'ترمیم‌شده (متن اصلی در یادداشتی روی سند نگه داشته می‌شود)',
  'textcheck.repeatedTitle': 'سطرهای تکرارشده در هر صفحه',
  'textcheck.repeatedBody':
    'این سطرها در بالا یا پایین بیشتر صفحه‌ها آمده‌اند (سرصفحه، پاصفحه، شمارهٔ صفحه). سطرهای تیک‌خورده وارد نمی‌شوند.',
  'textcheck.repeatedTop': 'بالای {count} صفحه',
  'textcheck.repeatedBottom': 'پایین {count} صفحه',
  'textcheck.import': 'وارد کن',
  'textcheck.cancel': 'انصراف',
  'textcheck.memoTitle': 'گزارش ورود',
  'textcheck.memoOriginal':
    'متن همان‌گونه که خوانده شد، پیش از ترمیم فارسیِ وارونه (امتیاز {score}):',
  'textcheck.memoPages': 'آغاز صفحه‌ها (جایگاه نویسه در متن): {pages}',
  'textcheck.dropHint': 'پرونده‌ها را برای وارد کردن اینجا رها کنید',
} as const;
