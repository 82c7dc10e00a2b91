// LEGACY Persian for sentences of shared/import that are still plain strings: the warnings of an
// import that succeeded (ImportedDocument.warnings), a REFI-QDA source's "its text is longer
// than…" skip reason, and the file pickers' skip reasons (renderer/platform). Refusals of
// shared/import are coded (shared/errors/codes-import.ts, Persian in errors-fa/import.ts).
// Each regex mirrors one English sentence in the source; the name or path is captured verbatim.

import type { ReasonPattern, ReasonTools } from './reason-tools';

/** A limit as shared/import/input-limits.ts prints it ("2,000,000"): Persian digits and ٬. */
export function limitNumber(s: string | undefined, t: ReasonTools): string {
  return t.d((s ?? '').replace(/,/g, '٬'));
}

/** Who a document-length skip is about: a REFI-QDA source ("its text"), or a file. */
const DOCUMENT_SUBJECTS: Readonly<Record<string, string>> = {
  'its text': 'متن آن',
};

export const IMPORT_REASONS: readonly ReasonPattern[] = [
  {
    re: /^(.+) is longer than ([\d,]+) characters \(the limit for one document\)$/,
    fa: (m, t) => {
      const known = DOCUMENT_SUBJECTS[m[1] ?? ''];
      const subject = known ?? `فایل ${t.q(m[1])}`;
      return `${subject} بلندتر از ${limitNumber(m[2], t)} نویسه است (بیشترین طول مجاز یک سند)`;
    },
  },
  // Warnings of an import that succeeded.
  {
    re: /^(\d+) image\(s\) were left out: only text is imported$/,
    fa: (m, t) => `${t.d(m[1])} تصویر کنار گذاشته شد: فقط متن وارد می‌شود`,
  },
  {
    re: /^(\d+) damaged byte sequence\(s\) could not be read as UTF-8 and show as �; check those places$/,
    fa: (m, t) =>
      `${t.d(m[1])} دنبالهٔ بایت آسیب‌دیده به‌صورت ${t.l('UTF-8')} خوانده نشد و با نشانهٔ � نمایش داده می‌شود؛ آن جاها را بررسی کنید`,
  },
  {
    re: /^\\uc(-?\d+) is out of range \(at most (\d+)\): read as \\uc1, so no text is dropped$/,
    fa: (m, t) =>
      `${t.l(`\\uc${m[1]}`)} بیرون از بازهٔ مجاز است (حداکثر ${t.d(m[2])}): ${t.l('\\uc1')} خوانده شد تا هیچ متنی از دست نرود`,
  },
  {
    re: /^the file ends inside binary data \(\\bin\): the rest was skipped$/,
    fa: (_m, t) =>
      `فایل در میان داده‌های دودویی (${t.l('\\bin')}) تمام می‌شود: باقی آن کنار گذاشته شد`,
  },
  {
    re: /^read as Windows-1256 \(an older Persian\/Arabic encoding\)$/,
    fa: (_m, t) => `با رمزگذاری ${t.l('Windows-1256')} (رمزگذاری قدیمی فارسی/عربی) خوانده شد`,
  },
  {
    re: /^not UTF-8: read as Windows-1256 \(an older Persian\/Arabic encoding\); check the text, it may use another encoding$/,
    fa: (_m, t) =>
      `فایل ${t.l('UTF-8')} نیست و با رمزگذاری ${t.l('Windows-1256')} (رمزگذاری قدیمی فارسی/عربی) خوانده شد؛ متن را بررسی کنید، شاید رمزگذاری دیگری داشته باشد`,
  },
  // The file pickers (browser and Electron) skip files before any importer sees them.
  { re: /^file is too large$/, fa: () => 'فایل بیش از حد بزرگ است' },
  { re: /^file could not be read$/, fa: () => 'فایل خوانده نشد' },
];
