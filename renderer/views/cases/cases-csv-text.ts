// A cases CSV's bytes as text. Spreadsheets on Persian Windows save CSV as Windows-1256 or
// UTF-16 ("Unicode text") as often as UTF-8, so the cases import reads them the way document
// import does (shared/import/decode-text.ts) instead of assuming UTF-8.
import { decodeText } from '../../../shared/import/decode-text';
import { ok, type Result } from '../../../shared/model/snapshot';

/** The CSV's text (BOM removed, newlines '\n'), or why the file is not text. */
export function casesCsvText(bytes: Uint8Array, name: string): Result<string> {
  const decoded = decodeText(bytes, name);
  return decoded.ok ? ok(decoded.data.text) : decoded;
}
