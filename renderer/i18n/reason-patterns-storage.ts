// Persian for the storage-safety refusals: a full disk during an import, not enough room before one.
import { persianSize, type ReasonPattern } from './reason-tools';

export const STORAGE_REASONS: readonly ReasonPattern[] = [
  {
    re: /^The project "([\s\S]*)" was not imported \(the disk is full\)\. Nothing was saved\.$/,
    fa: (m, t) =>
      `پروژهٔ ${t.q(m[1])} وارد نشد (دیسک پر است). چیزی ذخیره نشد. کمی جا باز کنید و دوباره امتحان کنید.`,
  },
  {
    re: /^There is not enough free disk space to import "([\s\S]*)": it needs about ([\d.]+ MB) and ([\d.]+ MB) is free\. Free some disk space, then try again\. Nothing was changed\.$/,
    fa: (m, t) =>
      `برای وارد کردن ${t.q(m[1])} فضای خالی کافی روی دیسک نیست: حدود ${persianSize(m[2])} لازم است و ${persianSize(m[3])} خالی است. کمی جا باز کنید و دوباره امتحان کنید. چیزی تغییر نکرد.`,
  },
];
