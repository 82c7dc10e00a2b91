// Persian for shared/errors/codes-db.ts (the database's repositories). User values in «».
import type { DB_ERRORS } from '../../../shared/errors/codes-db';
import { isolate as l } from '../reason-tools';

export const DB_ERRORS_FA: { readonly [K in keyof typeof DB_ERRORS]: string } = {
  'db.coderNeedsName': 'کدگذار باید نام داشته باشد.',
  'db.caseNeedsName': 'مورد باید نام داشته باشد.',
  'db.codeNeedsName': 'کد باید نام داشته باشد.',
  'db.attributeNeedsName': 'ویژگی باید نام داشته باشد.',
  'db.documentNeedsTitle': 'سند باید عنوان داشته باشد.',
  'db.coderGone': 'این کدگذار دیگر وجود ندارد.',
  'db.documentGone': 'این سند دیگر وجود ندارد.',
  'db.caseGone': 'این مورد دیگر وجود ندارد.',
  'db.memoGone': 'این یادداشت دیگر وجود ندارد.',
  'db.attributeGone': 'این ویژگی دیگر وجود ندارد.',
  'db.codeGone': 'این کد دیگر وجود ندارد.',
  'db.codingGone': 'این کدگذاری دیگر وجود ندارد.',
  'db.projectGone': 'این پروژه دیگر وجود ندارد.',
  'db.targetCodeGone': 'این کد مقصد دیگر وجود ندارد.',
  'db.parentCodeGone': 'این کد والد دیگر وجود ندارد.',
  'db.oneAttributeGone': 'یکی از ویژگی‌ها دیگر وجود ندارد.',
  'db.oneCodeGone': 'یکی از کدها دیگر وجود ندارد.',
  'db.notNumber': '«{value}» عدد نیست (ویژگی «{attribute}»).',
  'db.notYear': '«{value}» سال نیست (ویژگی «{attribute}»).',
  'db.notOption': '«{value}» از گزینه‌های «{attribute}» نیست: {options}.',
  'db.attributeExists': 'ویژگی «{name}» از پیش وجود دارد.',
  'db.moveUnderItself': '«{name}» را نمی‌توان زیر خودش یا یکی از زیرکدهایش برد.',
  'db.mergeIntoItself': 'کد را نمی‌توان با خودش ادغام کرد.',
  'db.mergeIntoSubCode': '«{source}» را نمی‌توان در زیرکد خودش، «{target}»، ادغام کرد.',
  'db.badColour': `«{color}» رنگی به شکل ${l('#rrggbb')} نیست.`,
  'db.passageInvalid': 'بخش [{start}، {end}) خالی یا نامعتبر است.',
  'db.passagePastEnd': 'بخش در جایگاه {end} تمام می‌شود، پس از پایان سند ({length}).',
  'db.snapshotProblem': 'پروژه را نمی‌توان وارد کرد: {problem}',
  'db.importIdsTaken':
    'پروژهٔ «{name}» وارد نشد (برخی از شناسه‌هایش از پیش در این پایگاه داده هست). چیزی ذخیره نشد.',
  'db.importDiskFull':
    'پروژهٔ «{name}» وارد نشد (دیسک پر است). چیزی ذخیره نشد. کمی جا باز کنید و دوباره امتحان کنید.',
  'db.importFailed': 'پروژهٔ «{name}» وارد نشد ({detail}). چیزی ذخیره نشد.',
  'db.newerDatabase':
    'این داده‌ها را نسخهٔ تازه‌تری از مضمون ذخیره کرده است (نسخهٔ پایگاه داده {stored})؛ این نسخه تا نسخهٔ {supported} را می‌فهمد. برای باز کردن آن، مضمون را به‌روز کنید. چیزی تغییر نکرد.',
  'db.openFailed': 'پایگاه داده باز نشد: {detail}',
};
