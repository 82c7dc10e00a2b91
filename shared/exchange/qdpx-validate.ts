// `mazmun validate x.qdpx`: project.qde held to the REFI-QDA Project schema (project-schema.ts),
// after the same defences as an import (safe zip, XML limits, no DTD, well-formed).
import { appError, errorOf, refuse, refuseWith } from '../errors';
import { ok, type Result } from '../model/snapshot';
import { projectSchemaErrors } from './project-schema';
import { openQdpx } from './qdpx-open';
import { parseXmlSafely } from './xml-read';

/** How many schema faults a refusal names before "(and N more)". */
const SHOWN = 3;

/** Nothing when the archive's project.qde follows the Project schema, else why not. */
export async function checkQdpxSchema(bytes: Uint8Array): Promise<Result<null>> {
  const opened = await openQdpx(bytes);
  if (!opened.ok) return opened;
  const { qde } = opened.data;
  const parsed = parseXmlSafely(qde, [], { scanned: true });
  if (!parsed.ok) return refuseWith(appError('exchange.inProjectQde', { error: errorOf(parsed) }));
  const errors = projectSchemaErrors(qde);
  if (errors.length === 0) return ok(null);
  const more = errors.length > SHOWN ? ` (and ${errors.length - SHOWN} more)` : '';
  return refuse('exchange.projectSchema', { detail: errors.slice(0, SHOWN).join('; ') + more });
}
