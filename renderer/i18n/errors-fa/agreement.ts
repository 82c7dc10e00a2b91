// Persian for shared/errors/codes-agreement.ts.
import type { AGREEMENT_ERRORS } from '../../../shared/errors/codes-agreement';
import { isolate as l } from '../reason-tools';

export const AGREEMENT_ERRORS_FA: { readonly [K in keyof typeof AGREEMENT_ERRORS]: string } = {
  'agreement.needsTwoCoders': `توافق به نام دو کدگذار نیاز دارد: ${l('--coders NAME,NAME')} (داده شده: «{given}»)`,
  'agreement.emptyCoderName': `${l('--coder')} نام کدگذارها را می‌خواهد، جداشده با ویرگول (داده شده: «{given}»)`,
  'agreement.sameCoder': 'توافق دو کدگذار متفاوت را مقایسه می‌کند («{name}» دو بار آمده است)',
  'agreement.noSuchCoder': 'پروژه کدگذاری به نام «{name}» ندارد (کدگذاران آن: {coders})',
  'agreement.projectHasNoCoders':
    'پروژه کدگذاری به نام «{name}» ندارد: هیچ کدگذاری ندارد (هیچ‌یک از کدگذاری‌هایش نمی‌گوید چه کسی کدگذاری کرده است)',
  'agreement.alphaNoCoders': '{path}: سطر سرستون‌ها باید دست‌کم نام دو کدگذار را داشته باشد',
  'agreement.alphaTooManyCells':
    '{path}: سطر {line} {cells} خانه دارد، اما سرستون‌ها نام {coders} کدگذار را دارند',
  'agreement.alphaNotNumber': `{path}: سطر {line}، کدگذار «{coder}»: «{value}» عدد نیست (${l('--level {level}')} عدد می‌خواهد؛ ${l('--level nominal')} هر مقداری را می‌پذیرد)`,
};
