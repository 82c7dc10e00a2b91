// Persian for shared/errors/codes-import.ts (reading one document file). Format names and
// encodings are Latin and isolated (l); the user's file name comes isolated in «».
import type { IMPORT_ERRORS } from '../../../shared/errors/codes-import';
import { isolate as l } from '../reason-tools';

const DAMAGED = '(فایل آسیب دیده یا ناقص است)';
const BOMB = 'چون ممکن است «بمب فشرده» باشد، پذیرفته نشد';
const THE_XML = `این ${l('XML')}`;

export const IMPORT_ERRORS_FA: { readonly [K in keyof typeof IMPORT_ERRORS]: string } = {
  'import.tooLarge':
    'فایل «{file}» بیش از حد بزرگ است ({sizeBytes})؛ بیشترین اندازهٔ مجاز {limitBytes} است',
  'import.empty': 'فایل «{file}» خالی است',
  'import.oldWordDoc': `فایل «{file}» سند قدیمی ${l('Word')} ۹۷–۲۰۰۳ (${l('.doc')}) است: آن را در ${l('Word')} یا ${l('LibreOffice')} باز کنید و با قالب ${l('.docx')} ذخیره کنید`,
  'import.pdf': `فایل «{file}» یک ${l('PDF')} است: نخست آن را با قالب ${l('.docx')} یا ${l('.txt')} ذخیره یا صادر کنید`,
  'import.notWord': `فایل «{file}» سند ${l('Word')} معتبری نیست ${DAMAGED}`,
  'import.notOdt': `فایل «{file}» متن ${l('OpenDocument')} معتبری نیست ${DAMAGED}`,
  'import.notRtf': `فایل «{file}» سند ${l('RTF')} معتبری نیست`,
  'import.rtfTooDeep': `فایل «{file}» گروه‌های ${l('RTF')} را بیش از {limit} لایه تودرتو کرده است (بیشترین ژرفای مجاز)`,
  'import.documentTooLong': 'فایل «{file}» بلندتر از {limit} نویسه است (بیشترین طول مجاز یک سند)',
  'import.pastedTooLong': 'متن جای‌گذاری‌شده بلندتر از {limit} نویسه است (بیشترین طول مجاز یک سند)',
  'import.noText': 'فایل «{file}» هیچ متنی ندارد',
  'import.pastedNoText': 'متن جای‌گذاری‌شده هیچ متنی ندارد',
  'import.pasteEmpty': 'چیزی جای‌گذاری نشد: متن کلیپ‌بورد خالی است',
  'import.binary': 'فایل «{file}» متنی نیست و به فایل دودویی (باینری) می‌ماند',
  'import.badUtf8': `فایل «{file}» خود را ${l('UTF-8')} معرفی می‌کند ولی ${l('UTF-8')} معتبر نیست (فایل آسیب دیده است)`,
  'import.badEncoding':
    'فایل «{file}» متن {encoding} معتبری نیست (فایل آسیب دیده یا اصلاً متنی نیست)',
  'import.unreadable': 'فایل «{file}» خوانده نشد ({detail})',
  'import.zipBomb': `فایل «{file}» پس از باز شدن از {limitBytes} بزرگ‌تر می‌شود؛ ${BOMB}`,
  'import.zipLyingSize': `فایل «{file}» ورودی‌ای دارد که از اندازهٔ اعلام‌شده‌اش بزرگ‌تر می‌شود؛ ${BOMB}`,
  'import.inFile': 'فایل «{file}»: {error}',
  'import.xmlTooManyElements': `فایل «{file}» بیش از {limit} عنصر ${l('XML')} دارد (بیشترین شمار مجاز)`,
  'import.xmlTooManyElementsUnnamed': `${THE_XML} بیش از {limit} عنصر ${l('XML')} دارد (بیشترین شمار مجاز)`,
  'import.xmlTooDeep': `فایل «{file}» عنصرهای ${l('XML')} را بیش از {limit} لایه تودرتو کرده است (بیشترین ژرفای مجاز)`,
  'import.xmlTooDeepUnnamed': `${THE_XML} عنصرهای ${l('XML')} را بیش از {limit} لایه تودرتو کرده است (بیشترین ژرفای مجاز)`,
  'import.xmlAttributeTooLong': `فایل «{file}» مشخصهٔ ${l('XML')} بلندتر از {limit} نویسه دارد (بیشترین طول مجاز)`,
  'import.xmlAttributeTooLongUnnamed': `${THE_XML} مشخصهٔ ${l('XML')} بلندتر از {limit} نویسه دارد (بیشترین طول مجاز)`,
  'import.xmlNameTooLong': 'فایل «{file}» نامی بلندتر از {limit} نویسه دارد (بیشترین طول مجاز)',
  'import.xmlNameTooLongUnnamed': `${THE_XML} نامی بلندتر از {limit} نویسه دارد (بیشترین طول مجاز)`,
  'import.xmlTextTooLong':
    'فایل «{file}» متنی پیوسته بلندتر از {limit} نویسه دارد (بیشترین طول مجاز)',
  'import.xmlTextTooLongUnnamed': `${THE_XML} متنی پیوسته بلندتر از {limit} نویسه دارد (بیشترین طول مجاز)`,
  'import.xmlDoctype': `این ${l('XML')} یک ${l('DOCTYPE')} یا ${l('ENTITY')} تعریف می‌کند. مضمون چنین فایل‌هایی را نمی‌پذیرد، چون با آن‌ها می‌توان فایل‌های این رایانه را خواند یا حافظه را تمام کرد (${l('XXE')})؛ فایل‌های ${l('REFI-QDA')} هرگز به آن نیازی ندارند.`,
  'import.entryTooLarge':
    'فایل «{file}» پس از باز شدن از {limitBytes} بزرگ‌تر می‌شود (بیشترین اندازهٔ مجاز)',
};
