// Persian for the storage-safety refusals: a full disk during an import
// (not enough room before one is refused by code: app.noRoom).
import type { ReasonPattern } from './reason-tools';

export const STORAGE_REASONS: readonly ReasonPattern[] = [
  {
    re: /^The project "([\s\S]*)" was not imported \(the disk is full\)\. Nothing was saved\.$/,
    fa: (m, t) =>
      `پروژهٔ ${t.q(m[1])} وارد نشد (دیسک پر است). چیزی ذخیره نشد. کمی جا باز کنید و دوباره امتحان کنید.`,
  },
];
