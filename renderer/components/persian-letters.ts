// Code names typed on an Arabic keyboard layout (ي, ك) or pasted from a PDF in presentation
// forms (U+FB50–U+FDFF, U+FE70–U+FEFF) look Persian but are other characters: the codebook
// then holds two "different" codes that read the same, and every export carries them. A new or
// renamed code is OFFERED the Persian letters — never changed silently.

/** Presentation forms to their base letters (NFKC), then Arabic Yeh/Kaf to Persian. */
function persianChar(ch: string): string {
  const base = /[\ufb50-\ufdff\ufe70-\ufeff]/.test(ch) ? ch.normalize('NFKC') : ch;
  return base.replace(/[يى]/g, 'ی').replace(/ك/g, 'ک');
}

/** `name` in Persian letters, or null when it already is (nothing to offer). */
export function persianLetterSuggestion(name: string): string | null {
  let out = '';
  for (const ch of name) out += persianChar(ch);
  // The zero-width no-break space (U+FEFF, a byte-order mark) is not a letter: drop it.
  out = out.replace(/\ufeff/g, '');
  return out !== name ? out : null;
}
