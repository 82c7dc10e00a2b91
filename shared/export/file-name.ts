// The stem of an export's file name, from a project name the researcher typed.
import { stripBidiControls } from '../text/bidi';

/**
 * A bare file name from a project name: no path separators or characters the save dialogs
 * refuse, no control characters, and no bidi controls — an invisible U+202E would make
 * "report‮fdp.exe" read as a PDF in the file manager (shared/text/bidi.ts). The half-space
 * (ZWNJ) of Persian names stays.
 */
export function exportFileStem(name: string): string {
  const stem = stripBidiControls(name)
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .trim();
  return stem || 'mazmun-project';
}
