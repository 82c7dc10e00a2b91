// Persian for the exchange code's sentences that still travel as strings (docs/errors.md): the
// skips and warnings of an import report, and the refusals that become a skip reason when one
// source's text cannot be read from a .qdpx (readInternal: a missing, damaged, oversized or
// non-UTF-8 entry). Refusals of a whole file are coded now (renderer/i18n/errors-fa/exchange.ts).

import { SIZE, type ReasonPattern } from './reason-tools';

/** shared/import/xml-scan.ts's entryTooLarge, met by one source's entry: a skip reason. */
const XML_LIMIT_REASONS: readonly ReasonPattern[] = [
  {
    re: new RegExp(String.raw`^(.+) unpacks to more than (${SIZE}) \(the limit\)$`),
    fa: (m, t) =>
      `فایل ${t.q(m[1])} پس از باز شدن از ${t.size(m[2])} بزرگ‌تر می‌شود (بیشترین اندازهٔ مجاز)`,
  },
];

/** Sentences with no variable part: English → Persian (the `l` tool isolates Latin terms). */
const FIXED: readonly (readonly [string, (l: (s: string) => string) => string])[] = [
  // Import report: why items were skipped.
  ['Mazmun has no code sets', () => 'مضمون مجموعهٔ کد ندارد'],
  [
    'Mazmun sets hold documents; a set of codes or notes only',
    () => 'مجموعه‌های مضمون سند دارند؛ این مجموعه فقط کد یا یادداشت داشت',
  ],
  ['Mazmun sets hold documents, not codes', () => 'مجموعه‌های مضمون سند دارند، نه کد'],
  ['Mazmun sets hold documents, not notes', () => 'مجموعه‌های مضمون سند دارند، نه یادداشت'],
  ['it refers to a source that was not imported', () => 'به منبعی اشاره دارد که وارد نشد'],
  ['Mazmun has no links', () => 'مضمون پیوند ندارد'],
  ['Mazmun has no graphs', () => 'مضمون نمودار شبکه ندارد'],
  [
    'it has only rich text (e.g. .docx); Mazmun imports the plain-text version',
    (l) => `فقط متن قالب‌دار دارد (مثلاً ${l('.docx')})؛ مضمون نسخهٔ متن ساده را وارد می‌کند`,
  ],
  ['it has no text', () => 'متنی ندارد'],
  [
    'its text file lies outside the archive (not internal://)',
    (l) => `فایل متن آن بیرون از بایگانی است (نه ${l('internal://')})`,
  ],
  ['Mazmun imports text sources only', () => 'مضمون فقط منبع‌های متنی را وارد می‌کند'],
  ['the same GUID was declared twice', (l) => `همان ${l('GUID')} دو بار تعریف شده است`],
  [
    'codes applied to a whole source are not imported',
    () => 'کدهای زده‌شده بر کل یک منبع وارد نمی‌شوند',
  ],
  [
    'variables of sources are not imported (Mazmun keeps attributes on cases)',
    () => 'متغیرهای منبع‌ها وارد نمی‌شوند (مضمون ویژگی‌ها را روی موردها نگه می‌دارد)',
  ],
  [
    'its positions are missing, empty or outside the text',
    () => 'جایگاه آن نیامده، خالی است یا بیرون از متن است',
  ],
  ['it refers to a code that is not in the codebook', () => 'به کدی اشاره دارد که در کتاب کد نیست'],
  ['it refers to a variable that is not declared', () => 'به متغیری اشاره دارد که تعریف نشده است'],
  ['codes attached to cases are not imported', () => 'کدهای پیوسته به موردها وارد نمی‌شوند'],
  [
    'selections attached to cases are not imported',
    () => 'گزیده‌های پیوسته به موردها وارد نمی‌شوند',
  ],
  // Import report and backup warnings: mapped, but changed.
  [
    'A Boolean variable became a category with the options true/false',
    (l) => `یک متغیر ${l('Boolean')} به ویژگی دسته‌ای با گزینه‌های ${l('true/false')} تبدیل شد`,
  ],
  [
    'A source belongs to several cases; Mazmun kept the first',
    () => 'یک منبع به چند مورد تعلق دارد؛ مضمون نخستین را نگه داشت',
  ],
  [
    'A note attached to nothing Mazmun knows became a project memo',
    () => 'یادداشتی که به چیز شناخته‌شده‌ای پیوسته نبود، یادداشت پروژه شد',
  ],
  [
    'an attribute of unknown type became a text attribute',
    () => 'ویژگی‌ای با نوع ناشناخته، ویژگی متنی شد',
  ],
  [
    'a case value for a missing attribute, or not a valid value, was dropped',
    () => 'مقدار یک مورد که ویژگی‌اش نبود یا مقدار معتبری نبود، کنار گذاشته شد',
  ],
  ['a document without text was dropped', () => 'سندی بدون متن کنار گذاشته شد'],
  [
    'a document pointing at a missing case was detached from it',
    () => 'سندی که به موردی ناموجود اشاره داشت، از آن جدا شد',
  ],
  [
    'a code whose parent is missing was moved to the top level',
    () => 'کدی که والدش نبود، به بالاترین سطح رفت',
  ],
  [
    'a code colour that is not #rrggbb was reset',
    (l) => `رنگ کدی که به شکل ${l('#rrggbb')} نبود، بازنشانی شد`,
  ],
  [
    'a code in a parent cycle was moved to the top level',
    () => 'کدی که در چرخهٔ والدها بود، به بالاترین سطح رفت',
  ],
  [
    'a coding pointing at a missing document or code was dropped',
    () => 'کدگذاری‌ای که به سند یا کدی ناموجود اشاره داشت، کنار گذاشته شد',
  ],
  [
    'a coding with offsets outside its text was dropped',
    () => 'کدگذاری‌ای که جایگاهش بیرون از متن بود، کنار گذاشته شد',
  ],
  [
    'a coding by a missing coder was kept without a coder',
    () => 'کدگذاری کدگذارِ ناموجود، بی‌کدگذار نگه داشته شد',
  ],
  [
    'a memo whose target is missing was kept as a project memo',
    () => 'یادداشتی که مقصدش نبود، یادداشت پروژه شد',
  ],
  // shared/worker-protocol.ts and renderer/workers/heavy-work-client.ts
];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const EXCHANGE_REASONS: readonly ReasonPattern[] = [
  ...FIXED.map(([en, fa]): ReasonPattern => ({
    re: new RegExp(`^${escapeRe(en)}$`),
    fa: (_m, t) => fa(t.l),
  })),
  {
    re: /^The archive contains an entry with an unsafe path \("([\s\S]*)"\)(: absolute paths and "\.\." are refused)?\.$/,
    fa: (m, t) =>
      `در بایگانی ورودی‌ای با مسیر ناامن هست (${t.q(m[1])})` +
      (m[2] ? `: مسیرهای مطلق و ${t.q('..')} پذیرفته نمی‌شوند.` : '.'),
  },
  {
    re: /^The archive would unpack to (\d+) bytes, more than the limit of (\d+) bytes \(zip bomb\?\)\.$/,
    fa: (m, t) =>
      `بایگانی پس از باز شدن ${t.d(m[1])} بایت می‌شود، بیش از حد مجاز ${t.d(m[2])} بایت (شاید «بمب فشرده» باشد).`,
  },
  {
    re: /^The archive entry "([\s\S]*)" inflates beyond its declared size \(zip bomb\?\)\.$/,
    fa: (m, t) =>
      `ورودی ${t.q(m[1])} بایگانی از اندازهٔ اعلام‌شده‌اش بزرگ‌تر می‌شود (شاید «بمب فشرده» باشد).`,
  },
  {
    re: /^The archive entry "([\s\S]*)" is damaged: ([\s\S]*)$/,
    fa: (m, t) => `ورودی ${t.q(m[1])} بایگانی آسیب دیده است: ${t.l(m[2])}`,
  },
  ...XML_LIMIT_REASONS,
  {
    re: /^The archive has no entry "([\s\S]*)"\.$/,
    fa: (m, t) => `بایگانی ورودی ${t.q(m[1])} را ندارد.`,
  },
  {
    re: /^(.+) is not valid UTF-8 text\.$/,
    fa: (m, t) => `${t.q(m[1])} متن ${t.l('UTF-8')} معتبری نیست.`,
  },
  {
    re: /^its file (.+) is missing from the archive$/,
    fa: (m, t) => `فایل آن، ${t.q(m[1])}، در بایگانی نیست`,
  },
  {
    re: /^A (\w+) without a valid unique GUID was given a new id$/,
    fa: (m, t) => `به یک ${t.l(m[1])} که ${t.l('GUID')} معتبر و یکتا نداشت، شناسهٔ تازه داده شد`,
  },
  {
    re: /^A (\w+) variable became a text attribute$/,
    fa: (m, t) => `یک متغیر ${t.l(m[1])} به ویژگی متنی تبدیل شد`,
  },
  {
    re: /^(.+): "(.+)" was not text and was reset$/,
    fa: (m, t) => `${t.q(m[1])}: ${t.q(m[2])} متن نبود و بازنشانی شد`,
  },
  {
    re: /^(.+): "(.+)" was not a number and was reset$/,
    fa: (m, t) => `${t.q(m[1])}: ${t.q(m[2])} عدد نبود و بازنشانی شد`,
  },
  {
    re: /^"(.+)" was not a list and was ignored$/,
    fa: (m, t) => `${t.q(m[1])} فهرست نبود و نادیده گرفته شد`,
  },
  {
    re: /^an item of "(.+)" with a missing, invalid or repeated id was dropped$/,
    fa: (m, t) => `یک مورد از ${t.q(m[1])} با شناسهٔ ناموجود، نامعتبر یا تکراری کنار گذاشته شد`,
  },
];
