// Persian for the database's and the project store's refusals (shared/db, shared/store): things
// that no longer exist, names that are missing, values that do not fit, a newer database.

import type { ReasonPattern } from './reason-tools';

/** The things shared/db says "no longer exist(s)" or "need(s) a name", in Persian. */
const THINGS: Readonly<Record<string, string>> = {
  coder: 'کدگذار',
  document: 'سند',
  case: 'مورد',
  memo: 'یادداشت',
  attribute: 'ویژگی',
  code: 'کد',
  coding: 'کدگذاری',
  project: 'پروژه',
  'target code': 'کد مقصد',
  'parent code': 'کد والد',
};
const THINGS_PLURAL: Readonly<Record<string, string>> = { attributes: 'ویژگی‌ها', codes: 'کدها' };

/** snapshot-check.ts names record kinds in English. */
const KINDS: Readonly<Record<string, string>> = {
  ...THINGS,
  'case value': 'مقدار مورد',
  'attribute value': 'مقدار ویژگی',
};

/** shared/db/changes.ts elsewhereReason: what another window did, and what came of it here. */
const ELSEWHERE: Readonly<Record<string, string>> = {
  changed: 'در پنجرهٔ دیگری تغییر کرده است',
  deleted: 'در پنجرهٔ دیگری حذف شده است',
  used: 'در پنجرهٔ دیگری به کار رفته است',
};
const OUTCOME: Readonly<Record<string, string>> = {
  'undo was not applied': 'واگرد انجام نشد',
  'redo was not applied': 'ازنو انجام نشد',
  'your view has been refreshed': 'نمای شما تازه شد',
};

export const STORE_REASONS: readonly ReasonPattern[] = [
  {
    re: /^(?:The (document|case|attribute|code|coder|coding|memo) "([\s\S]*)"|An? (document|case|attribute|code|coder|coding|memo)) was (changed|deleted|used) in another window; (undo was not applied|redo was not applied|your view has been refreshed)\.$/,
    fa: (m, t) => {
      const subject = m[1] ? `${THINGS[m[1]]} ${t.q(m[2])}` : `یک ${THINGS[m[3] ?? '']}`;
      return `${subject} ${ELSEWHERE[m[4] ?? '']}؛ ${OUTCOME[m[5] ?? '']}.`;
    },
  },
  {
    re: /^The (coder|document|case|memo|attribute|code|coding|project|target code|parent code) no longer exists\.$/,
    fa: (m) => `این ${THINGS[m[1] ?? '']} دیگر وجود ندارد.`,
  },
  {
    re: /^One of the (attributes|codes) no longer exists\.$/,
    fa: (m) => `یکی از ${THINGS_PLURAL[m[1] ?? '']} دیگر وجود ندارد.`,
  },
  {
    re: /^An? (coder|case|code|project|attribute) needs a name\.$/,
    fa: (m) => `${THINGS[m[1] ?? '']} باید نام داشته باشد.`,
  },
  {
    re: /^"([\s\S]*)" is not a number \(attribute "([\s\S]*)"\)\.$/,
    fa: (m, t) => `${t.q(m[1])} عدد نیست (ویژگی ${t.q(m[2])}).`,
  },
  {
    re: /^"([\s\S]*)" is not a year \(attribute "([\s\S]*)"\)\.$/,
    fa: (m, t) => `${t.q(m[1])} سال نیست (ویژگی ${t.q(m[2])}).`,
  },
  {
    re: /^"([\s\S]*)" is not one of the options of "([\s\S]*)": ([\s\S]*)\.$/,
    fa: (m, t) => `${t.q(m[1])} از گزینه‌های ${t.q(m[2])} نیست: ${t.q(m[3])}.`,
  },
  {
    re: /^An attribute "([\s\S]*)" already exists\.$/,
    fa: (m, t) => `ویژگی ${t.q(m[1])} از پیش وجود دارد.`,
  },
  {
    re: /^"([\s\S]*)" cannot be moved under itself or one of its sub-codes\.$/,
    fa: (m, t) => `${t.q(m[1])} را نمی‌توان زیر خودش یا یکی از زیرکدهایش برد.`,
  },
  { re: /^A code cannot be merged into itself\.$/, fa: () => 'کد را نمی‌توان با خودش ادغام کرد.' },
  {
    re: /^"([\s\S]*)" cannot be merged into its own sub-code "([\s\S]*)"\.$/,
    fa: (m, t) => `${t.q(m[1])} را نمی‌توان در زیرکد خودش، ${t.q(m[2])}، ادغام کرد.`,
  },
  {
    re: /^"([\s\S]*)" is not a colour of the form #rrggbb\.$/,
    fa: (m, t) => `${t.q(m[1])} رنگی به شکل ${t.l('#rrggbb')} نیست.`,
  },
  {
    re: /^The passage \[(-?\d+), (-?\d+)\) is empty or invalid\.$/,
    fa: (m, t) => `بخش [${t.d(m[1])}، ${t.d(m[2])}) خالی یا نامعتبر است.`,
  },
  {
    re: /^The passage ends at (\d+), past the end of the document \((\d+)\)\.$/,
    fa: (m, t) => `بخش در جایگاه ${t.d(m[1])} تمام می‌شود، پس از پایان سند (${t.d(m[2])}).`,
  },
  {
    re: /^This data was saved by a newer version of Mazmun \(database version (\d+)\); this copy understands up to version (\d+)\. Update Mazmun to open it\. Nothing was changed\.$/,
    fa: (m, t) =>
      `این داده‌ها را نسخهٔ تازه‌تری از مضمون ذخیره کرده است (نسخهٔ پایگاه داده ${t.d(m[1])})؛ این نسخه تا نسخهٔ ${t.d(m[2])} را می‌فهمد. برای باز کردن آن، مضمون را به‌روز کنید. چیزی تغییر نکرد.`,
  },
  {
    re: /^The database could not be opened: ([\s\S]*)$/,
    fa: (m, t) => `پایگاه داده باز نشد: ${t.l(m[1])}`,
  },
  {
    re: /^The project cannot be imported: ([\s\S]+)$/,
    fa: (m, t) => {
      const inner = t.sub(m[1] ?? '');
      return inner === null ? null : `پروژه را نمی‌توان وارد کرد: ${inner}`;
    },
  },
  {
    re: /^The project "([\s\S]*)" was not imported \(some of its ids already exist in this database\)\. Nothing was saved\.$/,
    fa: (m, t) =>
      `پروژهٔ ${t.q(m[1])} وارد نشد (برخی از شناسه‌هایش از پیش در این پایگاه داده هست). چیزی ذخیره نشد.`,
  },
  {
    re: /^The project "([\s\S]*)" was not imported \(([\s\S]*)\)\. Nothing was saved\.$/,
    fa: (m, t) => `پروژهٔ ${t.q(m[1])} وارد نشد (${t.l(m[2])}). چیزی ذخیره نشد.`,
  },
  // snapshot-check.ts: the first inconsistency of a project about to be imported.
  {
    re: /^An? ([a-z ]+) \((.+)\) belongs to another project\.$/,
    fa: (m, t) => `یک ${KINDS[m[1] ?? ''] ?? t.l(m[1])} (${t.q(m[2])}) به پروژهٔ دیگری تعلق دارد.`,
  },
  {
    re: /^The ([a-z ]+) id (.+) appears twice\.$/,
    fa: (m, t) => `شناسهٔ ${KINDS[m[1] ?? ''] ?? t.l(m[1])} ${t.q(m[2])} دو بار آمده است.`,
  },
  {
    re: /^The code "([\s\S]*)" has a parent that is not in the project\.$/,
    fa: (m, t) => `کد ${t.q(m[1])} والدی دارد که در پروژه نیست.`,
  },
  {
    re: /^The document "([\s\S]*)" belongs to a case that is not in the project\.$/,
    fa: (m, t) => `سند ${t.q(m[1])} به موردی تعلق دارد که در پروژه نیست.`,
  },
  {
    re: /^A coding \((.+)\) refers to a missing (document|code)\.$/,
    fa: (m, t) => `کدگذاری ${t.q(m[1])} به ${THINGS[m[2] ?? '']}ی اشاره دارد که نیست.`,
  },
  {
    re: /^A coding \((.+)\) has the range \[(-?\d+), (-?\d+)\) outside its document \(length (\d+)\)\.$/,
    fa: (m, t) =>
      `بازهٔ [${t.d(m[2])}، ${t.d(m[3])}) کدگذاری ${t.q(m[1])} بیرون از سند آن است (طول ${t.d(m[4])}).`,
  },
];
