// Makes Persian in visual order the way PDF copy-paste breaks it, for tests: the words of each
// line reversed, half-space compounds glued in reverse ("پیچیده‌تر" → "ترپیچیده"), sentence
// punctuation moved to the front of its word, brackets mirrored.
export const CLEAN_PERSIAN = [
  'پژوهش حاضر نشان می‌دهد که روابط دو کشور پیچیده‌تر شده است.',
  'این مقاله با توجه به یافته‌های مصاحبه‌ها نوشته شده است.',
  'دولت‌ها در سال‌های اخیر همکاری‌های بیشتری (در حوزه اقتصاد) داشتند.',
  'مهم‌ترین یافته‌ها در جدول زیر آمده است و نشان می‌دهد که همکاری راهبردی ممکن است.',
  'مصاحبه‌ها نشان دادند که سیاست خارجی جمهوری اسلامی ایران بر اساس منافع ملی تعیین می‌شود.',
].join('\n');

const MIRROR: Readonly<Record<string, string>> = { '(': ')', ')': '(', '«': '»', '»': '«' };

function visualWord(word: string): string {
  const m = /^(.*?)([.،؛:!؟]*)$/u.exec(word);
  const body = m?.[1] ?? word;
  const punct = m?.[2] ?? '';
  const glued = body.split('\u200c').reverse().join('');
  return punct + glued.replace(/[()«»]/g, (c) => MIRROR[c] ?? c);
}

export function toVisualOrder(text: string): string {
  return text
    .split('\n')
    .map((line) => line.split(' ').map(visualWord).reverse().join(' '))
    .join('\n');
}
