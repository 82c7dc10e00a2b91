// The report's own words, in English and Persian. The report is a file that leaves the app, so
// it cannot use the renderer's message catalog (and the CLI writes it too).
export type ReportLocale = 'en' | 'fa';

const en = {
  title: 'Coding report',
  summary: 'Summary',
  documents: 'Documents',
  cases: 'Cases',
  codes: 'Codes',
  codings: 'Codings',
  date: 'Date',
  convention: 'Counting',
  conventionPaper: 'a theme’s references are the sum of its sub-themes’ (paper)',
  conventionDistinct: 'each coded passage once per theme (distinct)',
  filteredCases: 'Only these cases',
  coders: 'Coders',
  documentSet: 'Only the documents of the set',
  noCoder: 'no coder',
  codebook: 'Codebook',
  description: 'Description',
  whenToUse: 'When to use',
  whenNotToUse: 'When not to use',
  example: 'Example',
  frequencies: 'Frequency table',
  level: 'Level',
  theme: 'Theme',
  sources: 'Sources',
  references: 'References',
  percent: '% of all',
  global: 'Global theme',
  organizing: 'Organizing theme',
  basic: 'Basic theme',
  charts: 'Charts',
  chartGlobal: 'Share of the global themes (references)',
  chartOrganizing: 'Frequency of the organizing themes (references)',
  passages: 'Coded passages',
  noPassages: 'No coded passages.',
  document: 'Document',
  case: 'Case',
  noCase: 'no case',
  generatedBy: 'Made with Mazmun',
  total: 'Total',
};

export type ReportLabelKey = keyof typeof en;
export type ReportLabels = Readonly<Record<ReportLabelKey, string>>;

const fa: ReportLabels = {
  title: 'گزارش کدگذاری',
  summary: 'خلاصه',
  documents: 'اسناد',
  cases: 'موردها',
  codes: 'کدها',
  codings: 'کدگذاری‌ها',
  date: 'تاریخ',
  convention: 'شیوهٔ شمارش',
  conventionPaper: 'ارجاع‌های هر مضمون جمع ارجاع‌های زیرمضمون‌های آن است (شیوهٔ مقاله)',
  conventionDistinct: 'هر بخش کدگذاری‌شده یک بار برای هر مضمون (متمایز)',
  filteredCases: 'فقط این موردها',
  coders: 'کدگذاران',
  documentSet: 'فقط سندهای مجموعهٔ',
  noCoder: 'بدون کدگذار',
  codebook: 'کتاب کد',
  description: 'تعریف',
  whenToUse: 'چه وقت به کار رود',
  whenNotToUse: 'چه وقت به کار نرود',
  example: 'نمونه',
  frequencies: 'جدول فراوانی',
  level: 'سطح',
  theme: 'مضمون',
  sources: 'منابع',
  references: 'ارجاع‌ها',
  percent: 'درصد از کل',
  global: 'مضمون فراگیر',
  organizing: 'مضمون سازمان‌دهنده',
  basic: 'مضمون پایه',
  charts: 'نمودارها',
  chartGlobal: 'سهم مضامین فراگیر (ارجاع‌ها)',
  chartOrganizing: 'فراوانی مضامین سازمان‌دهنده (ارجاع‌ها)',
  passages: 'بخش‌های کدگذاری‌شده',
  noPassages: 'بخش کدگذاری‌شده‌ای نیست.',
  document: 'سند',
  case: 'مورد',
  noCase: 'بدون مورد',
  generatedBy: 'ساخته‌شده با مضمون',
  total: 'جمع',
};

export const REPORT_LABELS: Readonly<Record<ReportLocale, ReportLabels>> = { en, fa };

/** Languages written right to left (ISO 639-1 and the common ISO 639-3 codes). */
const RTL_LANGUAGES = new Set(['fa', 'ar', 'he', 'ur', 'ps', 'ckb', 'ku', 'sd', 'ug', 'yi', 'dv']);

export function isRtlLanguage(language: string): boolean {
  const base = language.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return RTL_LANGUAGES.has(base);
}
