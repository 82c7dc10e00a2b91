// Description text Mazmun writes and reads:
// - a code's whenToUse / whenNotToUse / example become labelled sections after its description,
//   meant for people in every tool;
// - qdpx format 1 also put other facts (project language and format version, document direction,
//   attribute type and category options, a case memo's target) in one last line
//   "[mazmun] {json}". Since format 2 they live in mazmun.json (meta-file.ts); the line is still
//   read from older files and stripped from what users see. withMeta only builds such old text.
// A Description without these markers is imported as plain text.

const META_PREFIX = '[mazmun] ';

export function withMeta(text: string, meta: Readonly<Record<string, unknown>>): string {
  const line = META_PREFIX + JSON.stringify(meta);
  return text === '' ? line : `${text}\n\n${line}`;
}

/** Splits a Description into its human text and the Mazmun metadata (or null). */
export function splitMeta(description: string): {
  text: string;
  meta: Record<string, unknown> | null;
} {
  const at = description.lastIndexOf(META_PREFIX);
  if (at < 0 || (at > 0 && description[at - 1] !== '\n')) return { text: description, meta: null };
  const json = description.slice(at + META_PREFIX.length);
  if (json.includes('\n')) return { text: description, meta: null };
  try {
    const meta: unknown = JSON.parse(json);
    if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) {
      return { text: description, meta: null };
    }
    const text = description.slice(0, at).replace(/\n\n$/, '');
    return { text, meta: meta as Record<string, unknown> };
  } catch {
    return { text: description, meta: null };
  }
}

const SECTIONS = [
  ['whenToUse', 'When to use'],
  ['whenNotToUse', 'When not to use'],
  ['example', 'Example'],
] as const;

export interface CodebookEntry {
  readonly description: string;
  readonly whenToUse: string;
  readonly whenNotToUse: string;
  readonly example: string;
}

export function composeCodeDescription(entry: CodebookEntry): string {
  let out = entry.description;
  for (const [key, label] of SECTIONS) {
    if (entry[key] !== '') out += `${out === '' ? '' : '\n\n'}[${label}]\n${entry[key]}`;
  }
  return out;
}

export function parseCodeDescription(text: string): CodebookEntry {
  const found: Record<string, string> = { whenToUse: '', whenNotToUse: '', example: '' };
  let rest = text;
  // Peel sections off the end, last first, so that a label inside the free text stays text.
  for (const [key, label] of [...SECTIONS].reverse()) {
    const marker = `[${label}]\n`;
    const at = rest.lastIndexOf(marker);
    if (at < 0) continue;
    if (at !== 0 && !rest.slice(0, at).endsWith('\n\n')) continue;
    found[key] = rest.slice(at + marker.length);
    rest = at === 0 ? '' : rest.slice(0, at - 2);
  }
  return {
    description: rest,
    whenToUse: found.whenToUse ?? '',
    whenNotToUse: found.whenNotToUse ?? '',
    example: found.example ?? '',
  };
}
