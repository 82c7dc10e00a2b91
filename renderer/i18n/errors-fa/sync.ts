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
  'sync.notWritten':
    '{count} تغییر در نسخهٔ همگام‌سازی این رایانه نوشته نشد ({detail})؛ این تغییرها ارسال‌نشده می‌مانند.',
  'sync.rejectedRows':
    '{count} ردیف دریافتی از کارساز اعمال نشد: از پروژهٔ دیگری‌اند، شکل نادرست دارند یا به بیرون از متن خود اشاره می‌کنند.',
  'sync.serverTrouble': 'کارساز همگام‌سازی در دسترس نیست یا خطا می‌دهد: {detail}',
  'sync.insecureUrl':
    '«{url}» نشانی http ساده به رایانه‌ای دیگر است و گذرواژه رمزنگاری‌نشده فرستاده می‌شود. از https:// استفاده کنید، یا http:// را فقط برای همین رایانه (127.0.0.1 یا localhost).',
  'sync.noKeychain':
    'این رایانه جاکلیدی برای نگه‌داری امن گذرواژهٔ همگام‌سازی ندارد، پس پروژه برای همگام‌سازی تنظیم نشد.',
  'sync.needPassword':
    'برای همگام‌سازی این پروژه گذرواژهٔ «{user}» را وارد کنید (فقط تا بسته شدن برنامه نگه داشته می‌شود).',
  'sync.sharedTextLocked':
    'این پروژه هم‌رسانی شده است: متن سندهایش را نمی‌توان بازنویسی کرد (یکسان‌سازی کدگذاری‌های دیگران را جابه‌جا می‌کند).',
};
