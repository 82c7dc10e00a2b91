// Persian for shared/errors/codes-ipc.ts: malformed IPC arguments (a bug, not the user's doing).
// Argument names are Latin identifiers, isolated (l) or in «» when they come as a parameter.
import type { IPC_ERRORS } from '../../../shared/errors/codes-ipc';
import { isolate as l } from '../reason-tools';

export const IPC_ERRORS_FA: { readonly [K in keyof typeof IPC_ERRORS]: string } = {
  'ipc.notText': '«{field}» باید متن باشد',
  'ipc.textTooLong': '«{field}» بلندتر از {max} نویسه است',
  'ipc.controlCharacters': '«{field}» نویسه‌های کنترلی دارد',
  'ipc.filtersNotList': `${l('filters')} باید فهرست باشد`,
  'ipc.tooManyFilters': 'حداکثر {max} پالایه',
  'ipc.filterNotObject': 'هر پالایه باید یک شیء باشد',
  'ipc.filterExtensionCount': 'پالایهٔ «{name}» باید ۱ تا {max} پسوند داشته باشد',
  'ipc.filterBadExtension': 'پالایهٔ «{name}» پسوند نادرستی دارد',
  'ipc.argsNotObject': 'آرگومان‌ها باید یک شیء باشند',
  'ipc.multipleNotBoolean': `${l('multiple')} باید ${l('true')} یا ${l('false')} باشد`,
  'ipc.badFileName': `${l('suggestedName')} باید نام فایل تنها (بی‌پوشه) باشد`,
  'ipc.dataNotTextOrBytes': `${l('data')} باید متن یا بایت باشد`,
  'ipc.dataTooLarge': 'داده برای ذخیره بیش از حد بزرگ است',
  'ipc.takesNoArguments': '«{channel}» آرگومانی نمی‌گیرد',
  'ipc.badUrl': `${l('url')} باید نشانی ${l('http(s)')} باشد`,
  'ipc.unsafeProjectId': `${l('projectId')} شناسهٔ امنی نیست`,
  'ipc.jsonEmpty': `${l('json')} باید متنی ناتهی باشد`,
  'ipc.backupTooLarge': 'پشتیبان بیش از حد بزرگ است',
  'ipc.badKeep': `${l('keep')} باید عددی درست از ۱ تا {max} باشد`,
  'ipc.badPdfName': `${l('suggestedName')} باید نام فایل تنها با پسوند ${l('.pdf')} باشد`,
  'ipc.htmlEmpty': `${l('html')} باید متنی ناتهی باشد`,
  'ipc.reportTooLarge': 'گزارش برای چاپ بیش از حد بزرگ است',
  'ipc.projectIdNotSafeOrNull': `${l('projectId')} باید شناسهٔ امن یا ${l('null')} باشد`,
  'ipc.notBackupFileName': 'این نام فایل پشتیبان نیست',
  'ipc.unknownChannel': 'کانال ناشناخته «{channel}»',
};
