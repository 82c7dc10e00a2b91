// Persian for the document importers' reasons (shared/import, renderer/platform file pickers).
// Each regex mirrors one English sentence in the source; the name or path is captured verbatim.

import { SIZE, type ReasonPattern, type ReasonTools } from './reason-tools';

const DAMAGED = '(فایل آسیب دیده یا ناقص است)';

/** A limit as shared/import/input-limits.ts prints it ("2,000,000"): Persian digits and ٬. */
export function limitNumber(s: string | undefined, t: ReasonTools): string {
  return t.d((s ?? '').replace(/,/g, '٬'));
}

/** Who a document-length refusal is about: a file, the pasted text, or a REFI-QDA source. */
const DOCUMENT_SUBJECTS: Readonly<Record<string, string>> = {
  'its text': 'متن آن',
  'The pasted text': 'متن جای‌گذاری‌شده',
};

export const IMPORT_REASONS: readonly ReasonPattern[] = [
  {
    re: new RegExp(String.raw`^(.+) is too large \((${SIZE})\); the limit is (${SIZE})$`),
    fa: (m, t) =>
      `فایل ${t.q(m[1])} بیش از حد بزرگ است (${t.size(m[2])})؛ بیشترین اندازهٔ مجاز ${t.size(m[3])} است`,
  },
  {
    re: new RegExp(
      String.raw`^(.+): the file expands to more than (${SIZE}) — refused as a possible zip bomb$`,
    ),
    fa: (m, t) =>
      `فایل ${t.q(m[1])} پس از باز شدن از ${t.size(m[2])} بزرگ‌تر می‌شود؛ چون ممکن است «بمب فشرده» باشد، پذیرفته نشد`,
  },
  {
    re: /^(.+): an entry inflates beyond its declared size — refused as a possible zip bomb$/,
    fa: (m, t) =>
      `فایل ${t.q(m[1])} ورودی‌ای دارد که از اندازهٔ اعلام‌شده‌اش بزرگ‌تر می‌شود؛ چون ممکن است «بمب فشرده» باشد، پذیرفته نشد`,
  },
  {
    re: /^(.+) nests RTF groups more than ([\d,]+) levels deep \(the limit\)$/,
    fa: (m, t) =>
      `فایل ${t.q(m[1])} گروه‌های ${t.l('RTF')} را بیش از ${limitNumber(m[2], t)} لایه تودرتو کرده است (بیشترین ژرفای مجاز)`,
  },
  {
    re: /^(.+) is longer than ([\d,]+) characters \(the limit for one document\)$/,
    fa: (m, t) => {
      const known = DOCUMENT_SUBJECTS[m[1] ?? ''];
      const subject = known ?? `فایل ${t.q(m[1])}`;
      return `${subject} بلندتر از ${limitNumber(m[2], t)} نویسه است (بیشترین طول مجاز یک سند)`;
    },
  },
  {
    re: /^(.+) is an old Word 97–2003 document \(\.doc\): open it in Word or LibreOffice and save it as \.docx$/,
    fa: (m, t) =>
      `فایل ${t.q(m[1])} سند قدیمی ${t.l('Word')} ۹۷–۲۰۰۳ (${t.l('.doc')}) است: آن را در ${t.l('Word')} یا ${t.l('LibreOffice')} باز کنید و با قالب ${t.l('.docx')} ذخیره کنید`,
  },
  {
    re: /^(.+) is a PDF: save or export it as \.docx or \.txt first$/,
    fa: (m, t) =>
      `فایل ${t.q(m[1])} یک ${t.l('PDF')} است: نخست آن را با قالب ${t.l('.docx')} یا ${t.l('.txt')} ذخیره یا صادر کنید`,
  },
  {
    re: /^(.+) is not a valid Word document \(the file is damaged or truncated\)$/,
    fa: (m, t) => `فایل ${t.q(m[1])} سند ${t.l('Word')} معتبری نیست ${DAMAGED}`,
  },
  {
    re: /^(.+) is not a valid OpenDocument text file \(the file is damaged or truncated\)$/,
    fa: (m, t) => `فایل ${t.q(m[1])} متن ${t.l('OpenDocument')} معتبری نیست ${DAMAGED}`,
  },
  {
    re: /^(.+) is not a valid RTF document$/,
    fa: (m, t) => `فایل ${t.q(m[1])} سند ${t.l('RTF')} معتبری نیست`,
  },
  // Before "(.+) is empty", which would swallow it.
  {
    re: /^Nothing was pasted: the clipboard text is empty$/,
    fa: () => 'چیزی جای‌گذاری نشد: متن کلیپ‌بورد خالی است',
  },
  { re: /^(.+) is empty$/, fa: (m, t) => `فایل ${t.q(m[1])} خالی است` },
  { re: /^(.+) contains no text$/, fa: (m, t) => `فایل ${t.q(m[1])} هیچ متنی ندارد` },
  {
    re: /^(.+) looks like a binary file, not text$/,
    fa: (m, t) => `فایل ${t.q(m[1])} متنی نیست و به فایل دودویی (باینری) می‌ماند`,
  },
  {
    re: /^(.+) is marked as UTF-8 but is not valid UTF-8 \(the file is damaged\)$/,
    fa: (m, t) =>
      `فایل ${t.q(m[1])} خود را ${t.l('UTF-8')} معرفی می‌کند ولی ${t.l('UTF-8')} معتبر نیست (فایل آسیب دیده است)`,
  },
  {
    re: /^(.+) is not valid ([A-Z0-9-]+) text \(the file is damaged or not text\)$/,
    fa: (m, t) =>
      `فایل ${t.q(m[1])} متن ${t.l(m[2])} معتبری نیست (فایل آسیب دیده یا اصلاً متنی نیست)`,
  },
  {
    re: /^(.+) could not be read \(([\s\S]*)\)$/,
    fa: (m, t) => `فایل ${t.q(m[1])} خوانده نشد (${t.l(m[2])})`,
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
  {
    re: /^this browser offers no storage for backups$/,
    fa: () => 'این مرورگر جایی برای نگه‌داری پشتیبان‌ها ندارد',
  },
  {
    re: /^there is no page to show a file picker on$/,
    fa: () => 'صفحه‌ای برای نشان دادن پنجرهٔ انتخاب فایل نیست',
  },
  {
    re: /^backup (.+) was not found$/,
    fa: (m, t) => `پشتیبان ${t.q(m[1])} پیدا نشد`,
  },
  {
    re: /^backup was not written: ([\s\S]*)$/,
    fa: (m, t) => `پشتیبان نوشته نشد: ${t.l(m[1])}`,
  },
  {
    re: /^backups could not be listed: ([\s\S]*)$/,
    fa: (m, t) => `فهرست پشتیبان‌ها خوانده نشد: ${t.l(m[1])}`,
  },
  {
    re: /^backup could not be read: ([\s\S]*)$/,
    fa: (m, t) => `پشتیبان خوانده نشد: ${t.l(m[1])}`,
  },
  // A .docx/.odt refused by the zip reader or the XML limits: the file, then the reason.
  {
    re: /^(.+\.(?:docx|docm|dotx|odt|ott)): ([\s\S]+)$/i,
    fa: (m, t) => {
      const inner = t.sub(m[2] ?? '');
      return inner === null ? null : `فایل ${t.q(m[1])}: ${inner}`;
    },
  },
];
