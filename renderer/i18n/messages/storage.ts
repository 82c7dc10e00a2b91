// Storage safety: the stored projects vanished (a full disk, a cleared profile).

export const storageEn = {
  'vanished.title': 'Your stored projects are gone',
  'vanished.body':
    'This computer had Mazmun projects, but the database is now empty. This happens when the disk became full while Mazmun was saving (the browser then deletes its whole database), or when the browser’s data was cleared. Mazmun has created nothing in their place.',
  'vanished.newest': 'Newest backup found: {name}, {date}.',
  'vanished.noBackup': 'No automatic backup survived here. If you saved a backup file, open it.',
  'vanished.restore': 'Restore from a backup…',
  'vanished.sample': 'Start again with the sample study',
  'lost.title': 'Mazmun lost its connection to your stored projects',
  'lost.body':
    'The browser closed the database: the disk may be full, or another Mazmun window removed or upgraded it. Changes made from now on cannot be saved. Free some disk space if it is full, then reload: Mazmun checks what is stored when it starts.',
  'lost.reload': 'Reload Mazmun',
};

export const storageFa: Record<keyof typeof storageEn, string> = {
  'vanished.title': 'پروژه‌های ذخیره‌شدهٔ شما از میان رفته‌اند',
  'vanished.body':
    'این رایانه پروژه‌هایی در مضمون داشت، اما پایگاه داده اکنون خالی است. این زمانی رخ می‌دهد که هنگام ذخیره‌سازی دیسک پر شده باشد (مرورگر در این حالت کل پایگاه داده‌اش را پاک می‌کند) یا داده‌های مرورگر پاک شده باشد. مضمون چیزی به جای آن‌ها نساخته است.',
  'vanished.newest': 'تازه‌ترین پشتیبان پیداشده: {name}، {date}.',
  'vanished.noBackup':
    'هیچ پشتیبان خودکاری اینجا باقی نمانده است. اگر فایل پشتیبانی ذخیره کرده‌اید، آن را باز کنید.',
  'vanished.restore': 'بازگردانی از یک پشتیبان…',
  'vanished.sample': 'شروع دوباره با مطالعهٔ نمونه',
  'lost.title': 'اتصال مضمون به پروژه‌های ذخیره‌شده‌تان قطع شد',
  'lost.body':
    'مرورگر پایگاه داده را بست: شاید دیسک پر شده باشد، یا پنجرهٔ دیگری از مضمون آن را حذف یا به‌روز کرده باشد. تغییرهای بعدی ذخیره نمی‌شوند. اگر دیسک پر است کمی جا باز کنید و سپس صفحه را دوباره بارگذاری کنید: مضمون هنگام شروع آنچه را ذخیره شده است بررسی می‌کند.',
  'lost.reload': 'بارگذاری دوبارهٔ مضمون',
};
