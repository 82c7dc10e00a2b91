// Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) are glyph shapes, not letters: PDFs
// often map glyphs to them. NFKC on those characters only gives the letters back (a lam-alef
// ligature U+FEFB becomes ل then ا, in logical order); NFKC on the whole text would also change
// things researchers typed on purpose (fullwidth forms, superscripts, compatibility digits).
import { persianWordPeels } from '../text/persian-words';

const PRESENTATION = /[\ufb50-\ufdff\ufe70-\ufeff]+/g;

/** Folds presentation forms to base letters; every other character is kept as it is. */
export function foldPresentationForms(text: string): string {
  // U+FEFF is the byte-order mark, not a letter form: drop it rather than fold it.
  return text.replace(PRESENTATION, (run) => run.replace(/\ufeff/g, '').normalize('NFKC'));
}

const ALEF_LAM_INSIDE = /\S*[^\s]ال\S*/gu;

/** The word with one inner "ال" swapped to "لا", when that reads better; `ties` too when as well. */
function swapped(word: string, ties: boolean): string | null {
  const as = persianWordPeels(word);
  if (as === 0 && !ties) return null;
  for (let at = word.indexOf('ال', 1); at > 0; at = word.indexOf('ال', at + 1)) {
    const candidate = `${word.slice(0, at)}لا${word.slice(at + 2)}`;
    const peels = persianWordPeels(candidate);
    if (peels >= 0 && (as < 0 || peels < as || (ties && peels === as))) return candidate;
  }
  return null;
}

/**
 * Office suites write the lam-alef ligature with a ToUnicode map that says alef then lam, so
 * "اسلامی" comes out as "اسالمی". The word list was read from web text that carries the same bug,
 * so a word alone cannot always tell: the text is first searched for words that read strictly
 * better swapped ("اطالعات" is no word, "اطلاعات" is); only when there are some (the bug is
 * there) are words that read as well either way ("اسالمی", "اسلامی") swapped too. Words that
 * start with "ال" (the article, "الگو") are never touched.
 */
export function repairLamAlef(text: string): string {
  let strict = 0;
  for (const word of text.match(ALEF_LAM_INSIDE) ?? []) if (swapped(word, false)) strict++;
  if (strict === 0) return text;
  return text.replace(ALEF_LAM_INSIDE, (word) => swapped(word, true) ?? word);
}
