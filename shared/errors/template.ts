// Templates are plain sentences with named {placeholders}. One module reads them for every
// language, so English (shared/, the CLI) and Persian (renderer/i18n) fill them the same way.

/** A placeholder is `{name}`: a letter, then letters or digits. No other braces may appear. */
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The placeholder names of a template, at the type level: `'{file} is {what}'` → `'file' | 'what'`. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

/** The distinct placeholder names of a template, in order of first use. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

/**
 * Replaces each `{name}` by `render(name)`. A name the caller cannot fill stays as `{name}`, so a
 * missing parameter shows up in the sentence instead of vanishing.
 */
export function fillTemplate(template: string, render: (name: string) => string | null): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => render(name) ?? whole);
}

/** True when the template has braces that are not placeholders (a typo such as `{ file}`). */
export function hasStrayBraces(template: string): boolean {
  return /[{}]/.test(template.replace(PLACEHOLDER, ''));
}
