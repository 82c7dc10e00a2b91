// Persian for shared/errors/codes-sync.ts.
import type { SYNC_ERRORS } from '../../../shared/errors/codes-sync';

export const SYNC_ERRORS_FA: { readonly [K in keyof typeof SYNC_ERRORS]: string } = {
  'sync.badUrl': '«{url}» نشانی کارساز نیست (باید با http:// یا https:// آغاز شود).',
  'sync.unreachable': 'کارساز {url} در دسترس نبود: {detail}',
  'sync.signIn': 'کارساز حساب «{user}» را با این گذرواژه نپذیرفت.',
  'sync.notMember': 'کارساز «{user}» را نپذیرفت: این حساب عضو این پروژه نیست.',
  'sync.notShared': 'در این نشانی پروژهٔ هم‌رسانی‌شدهٔ مضمون نیست.',
  'sync.refused': 'کارساز نپذیرفت: {detail}',
  'sync.badCredentialKey': 'نام تنظیم ذخیره‌شدهٔ همگام‌سازی mazmun.sync.<شناسهٔ پروژه> است.',
  'sync.badCredentialValue': 'تنظیم ذخیره‌شدهٔ همگام‌سازی متنی با حداکثر ۴۰۹۶ نویسه است.',
};
