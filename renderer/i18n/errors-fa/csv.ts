// Persian for shared/errors/codes-csv.ts.
import type { CSV_ERRORS } from '../../../shared/errors/codes-csv';
import { isolate as l } from '../reason-tools';

export const CSV_ERRORS_FA: { readonly [K in keyof typeof CSV_ERRORS]: string } = {
  'csv.quoteInCell': `${l('CSV')}، سطر {line}: نشانهٔ نقل‌قول درون خانه‌ای آمده که در نقل‌قول نیست («{cell}»)`,
  'csv.textAfterQuote': `${l('CSV')}، سطر {line}: پس از بسته شدن نقل‌قول، متن آمده است`,
  'csv.unclosedQuote': `${l('CSV')}: نقل‌قول یکی از خانه‌ها بسته نشده است (باز شده پیش از سطر {line})`,
  'csv.empty': `${l('CSV')} خالی است: سطر سرستون‌ها را ندارد`,
  'csv.missingColumn': `${l('CSV')} ستون «{column}» را ندارد (ستون‌ها: {columns})`,
};
