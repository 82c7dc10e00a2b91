// The language of a piece of content, for its `lang` attribute: a Persian passage or code name
// in the English interface (and a Latin one in the Persian interface) must be read by a screen
// reader in its own voice and hyphenated and shaped by its own rules (WCAG 3.1.2).

/** 'fa' when the text's letters are mostly Arabic script, 'en' when mostly Latin, else null. */
export function langOf(text: string): 'fa' | 'en' | null {
  let arabic = 0;
  let latin = 0;
  // The first 400 characters tell a paragraph's language; scanning a whole transcript is waste.
  for (const ch of text.slice(0, 400)) {
    // Only letters count: digits and punctuation (٪ and ، are in the Arabic block) say nothing.
    if (!/\p{L}/u.test(ch)) continue;
    if (/\p{Script=Arabic}/u.test(ch)) arabic++;
    else if (/\p{Script=Latin}/u.test(ch)) latin++;
  }
  if (arabic === 0 && latin === 0) return null;
  return arabic >= latin ? 'fa' : 'en';
}

/**
 * The `lang` attribute for `text` shown in an interface in `uiLocale`: its own language when
 * that differs from the interface's, else undefined (the element inherits the page's).
 */
export function langAttr(text: string, uiLocale: string): 'fa' | 'en' | undefined {
  const lang = langOf(text);
  return lang && lang !== uiLocale ? lang : undefined;
}
