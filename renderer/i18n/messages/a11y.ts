// Messages of accessibility and letters (issue 13.3, 13.8, 13.10): stripes, the live region,
// caret browsing, keyboard reordering, Persian letter suggestions, chart tables.
export const a11yEn = {
  'stripe.hint': '{code}: click or press Enter to select this coding',
  'live.coded': 'Coded with {code}',
  'live.removed': 'Coding of {code} removed',
  'live.undone': 'Undone: {label}',
  'live.redone': 'Redone: {label}',
  'live.moved': '{code} moved to position {n} of {count}',
  'live.cannotMove': '{code} cannot move further',
  'transcript.caretHint':
    'Arrow keys move the caret, Shift+arrows select, C or Enter codes the selection, Tab steps through stripes and highlights',
  'letters.createPersian': 'Create “{name}” with Persian letters',
  'letters.hint': 'The name has Arabic letters (ي ك) or presentation forms.',
  'letters.use': 'Use Persian letters: {name}',
  'cb.reorderHint': 'Alt+Up and Alt+Down move the selected code among its siblings',
  'charts.dataTable': 'Data of the chart: {title}',
  'charts.showData': 'Show the data as a table',
  'charts.hideData': 'Hide the data table',
  'charts.col.percent': 'Share (%)',
} as const;

export type A11yKey = keyof typeof a11yEn;

export const a11yFa: Record<A11yKey, string> = {
  'stripe.hint': '{code}: برای گزینش این کدگذاری کلیک کنید یا Enter بزنید',
  'live.coded': 'کدگذاری شد با {code}',
  'live.removed': 'کدگذاری {code} برداشته شد',
  'live.undone': 'واگرد شد: {label}',
  'live.redone': 'ازنو انجام شد: {label}',
  'live.moved': '{code} به جایگاه {n} از {count} رفت',
  'live.cannotMove': '{code} بیش از این جابه‌جا نمی‌شود',
  'transcript.caretHint':
    'کلیدهای جهت‌نما نشانگر را جابه‌جا می‌کنند، Shift با جهت‌نما می‌گزیند، C یا Enter گزینش را کدگذاری می‌کند، Tab میان نوارها و برجسته‌ها می‌رود',
  'letters.createPersian': 'ساخت «{name}» با حروف فارسی',
  'letters.hint': 'این نام حروف عربی (ي ك) یا شکل‌های نمایشی دارد.',
  'letters.use': 'با حروف فارسی: {name}',
  'cb.reorderHint': 'Alt+بالا و Alt+پایین کد گزیده را میان هم‌سطح‌هایش جابه‌جا می‌کند',
  'charts.dataTable': 'داده‌های نمودار: {title}',
  'charts.showData': 'نمایش داده‌ها در جدول',
  'charts.hideData': 'پنهان کردن جدول داده‌ها',
  'charts.col.percent': 'سهم (٪)',
};
