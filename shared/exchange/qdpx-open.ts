// Opening a .qdpx: the archive through safe-zip.ts, project.qde inflated under the XML limits
// (a flood of elements stops the inflation after a few MB) and decoded as UTF-8. Shared by the
// importer and by `mazmun validate`'s schema check, so both meet the same defences.
import { MAX_ENTRY_BYTES } from '../import/input-limits';
import { XmlScanner } from '../import/xml-scan';
import { errorOf, refuse, refuseWith } from '../errors';
import { ok, type Result } from '../model/snapshot';
import { openZipSafely, type SafeZip, type SafeZipOptions } from './safe-zip';

export function decodeUtf8(bytes: Uint8Array, what: string): Result<string> {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return ok(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse('exchange.notUtf8', { file: what });
  }
}

/** The archive and the text of its project.qde (scanned against the XML limits, not parsed). */
export async function openQdpx(
  bytes: Uint8Array,
  options: SafeZipOptions = {},
): Promise<Result<{ readonly zip: SafeZip; readonly qde: string }>> {
  const opened = await openZipSafely(bytes, options);
  if (!opened.ok) return refuseWith(errorOf(opened));
  const zip = opened.data;
  if (!zip.has('project.qde')) return refuse('exchange.noProjectQde');
  const scanner = new XmlScanner('project.qde', { doctype: 'refuse' });
  const qdeBytes = await zip.read('project.qde', {
    maxBytes: MAX_ENTRY_BYTES,
    inspect: (chunk) => scanner.feedBytes(chunk),
  });
  if (!qdeBytes.ok) return refuseWith(errorOf(qdeBytes));
  const qde = decodeUtf8(qdeBytes.data, 'project.qde');
  return qde.ok ? ok({ zip, qde: qde.data }) : qde;
}
