// esbuild's errors carry file:line: a build script prints those in one line, not a stack.

/**
 * The first of an esbuild failure's errors with its place, or the thrown message.
 * @param {unknown} error
 * @returns {string}
 */
export function esbuildFailure(error) {
  const errors =
    /** @type {{ errors?: { text: string, location?: { file: string, line: number } }[] }} */ (
      error
    ).errors;
  const first = errors?.[0];
  const where = first?.location ? ` (${first.location.file}:${first.location.line})` : '';
  return `${first?.text ?? (error instanceof Error ? error.message : String(error))}${where}`;
}
