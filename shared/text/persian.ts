// Persian text helpers. Researchers type Arabic ي/ك for Persian ی/ک, mix Persian, Arabic-Indic
// and Latin digits, and lose half-spaces (ZWNJ) in copy-paste: search must see through all of it.

export const ZWNJ = '\u200c';

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

/** Writes the ASCII digits of `value` as Persian digits (other characters are kept). */
export function toPersianDigits(value: string | number): string {
  return String(value).replace(/[0-9]/g, (d) => PERSIAN_DIGITS[Number(d)] ?? d);
}

/** Turns Persian and Arabic-Indic digits into ASCII digits. */
export function toLatinDigits(value: string): string {
  return value.replace(/[۰-۹٠-٩]/g, (d) => {
    const p = PERSIAN_DIGITS.indexOf(d);
    return String(p >= 0 ? p : ARABIC_DIGITS.indexOf(d));
  });
}

/** Arabic letter forms commonly typed in Persian text, mapped to the Persian letters. */
export function normalizeArabicLetters(text: string): string {
  return text.replace(/ي/g, 'ی').replace(/ى/g, 'ی').replace(/ك/g, 'ک').replace(/ۀ/g, 'هٔ');
}

/**
 * A search key for `text`, the same length in UTF-16 units so that a hit's offsets are offsets into
 * the original: Arabic ي/ك become ی/ک, Persian/Arabic digits become Latin, ZWNJ and kashida
 * (tatweel) become a plain space, letters are lower-cased where that keeps the length.
 */
export function normalizeForSearch(text: string): string {
  let out = '';
  for (const ch of text) {
    let c = ch;
    if (c === 'ي' || c === 'ى') c = 'ی';
    else if (c === 'ك') c = 'ک';
    else if (c === ZWNJ || c === '\u0640' || c === '\u00a0') c = ' ';
    else if (/[۰-۹٠-٩]/.test(c)) c = toLatinDigits(c);
    else {
      const lower = c.toLowerCase();
      if (lower.length === c.length) c = lower;
    }
    out += c;
  }
  return out;
}

/** True when most letters of the sample are Hebrew/Arabic script: the text reads right to left. */
export function looksRightToLeft(sample: string): boolean {
  let rtl = 0;
  let ltr = 0;
  for (const ch of sample.slice(0, 2000)) {
    // Persian and Arabic-Indic digits lie in the Arabic block but are numbers, not RTL letters.
    if (/[\u0660-\u0669\u06f0-\u06f9]/.test(ch)) continue;
    if (/[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/.test(ch)) rtl++;
    else if (/[A-Za-z\u00c0-\u024f]/.test(ch)) ltr++;
  }
  return rtl > ltr;
}
