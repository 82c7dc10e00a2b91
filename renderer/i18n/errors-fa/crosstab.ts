// Persian for shared/errors/codes-crosstab.ts.
import type { CROSSTAB_ERRORS } from '../../../shared/errors/codes-crosstab';
import { isolate as l } from '../reason-tools';

export const CROSSTAB_ERRORS_FA: { readonly [K in keyof typeof CROSSTAB_ERRORS]: string } = {
  'crosstab.noSuchAttribute': 'پروژه ویژگی‌ای به نام «{name}» ندارد (ویژگی‌های آن: {attributes})',
  'crosstab.projectHasNoAttributes':
    'پروژه ویژگی‌ای به نام «{name}» ندارد: هیچ ویژگی‌ای برای موردها تعریف نشده است',
  'crosstab.needsRows': `جدول متقاطع به ${l('--rows codes')} یا ${l('--rows <attribute>')} نیاز دارد`,
  'crosstab.sameAttribute': 'سطرها و ستون‌ها باید دو ویژگی متفاوت باشند («{name}» دو بار آمده است)',
};
