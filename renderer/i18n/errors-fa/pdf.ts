// Persian for shared/errors/codes-pdf.ts.
import type { PDF_ERRORS } from '../../../shared/errors/codes-pdf';
import { isolate as l } from '../reason-tools';

export const PDF_ERRORS_FA: { readonly [K in keyof typeof PDF_ERRORS]: string } = {
  'pdf.noTextLayer': `این ${l('PDF')} لایهٔ متن ندارد (شاید تصویر اسکن‌شده باشد)؛ مضمون نمی‌تواند متن را از تصویر بخواند.`,
  'pdf.unreadable': `این پرونده را نمی‌توان به‌عنوان ${l('PDF')} خواند ({detail})`,
  'pdf.encrypted': `این ${l('PDF')} با گذرواژه محافظت شده است؛ مضمون نمی‌تواند آن را باز کند.`,
  'pdf.tooLarge': `حجم این ${l('PDF')} {sizeBytes} است؛ حد یک پرونده {limitBytes} است`,
  'pdf.tooManyPages': `این ${l('PDF')} {pages} صفحه دارد؛ مضمون از یک سند حداکثر {limit} صفحه می‌خواند`,
  'pdf.tooLong': `متن این ${l('PDF')} از {limit} نویسه بلندتر است (حد یک سند)`,
};
