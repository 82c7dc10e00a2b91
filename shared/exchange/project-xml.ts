// The <Project> element's own attributes. A project from another tool keeps them as written
// (origin keys on Project.origin): origin, basePath, creatingUserGUID, the dates in their
// spelling, the namespace declarations and xsi:schemaLocation. What Mazmun changes it says: once
// the project is edited here, modifiedDateTime is Mazmun's and the other tool's
// modifyingUserGUID is no longer written (that user did not make the change; Mazmun has no
// signed-in user to name instead). A project made in Mazmun is written as Mazmun's own.
import { normalizeGuid } from '../model/ids';
import type { ExchangeOrigin, Project } from '../model/types';
import { originString, PROJECT_NS } from './format';
import {
  ASSIGNED,
  dateTimeOut,
  guidOut,
  isCanonicalDateTime,
  originOf,
  UPDATED,
  XS_DATE_TIME,
} from './origin';
import type { XmlAttrs } from './xml-write';

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const PLAIN = [
  'origin',
  'basePath',
  'creatingUserGUID',
  'creationDateTime',
  'modifyingUserGUID',
  'modifiedDateTime',
] as const;
const PREFIX = /^[A-Za-z_][\w.-]{0,60}$/;
/** Origin key: the file declared no users (Mazmun adds none while it still has no coders). */
export const NO_USERS = '#absent.users';

function writable(name: string, value: string): boolean {
  if (name.endsWith('DateTime')) return XS_DATE_TIME.test(value);
  if (name.endsWith('GUID')) return normalizeGuid(value) !== null;
  return true;
}

/**
 * What to keep of the root element's attributes (as written, prefixes and xmlns included):
 * the schema's attributes, namespace declarations, and xsi:* attributes (the only foreign
 * attributes the schema allows).
 */
export function projectOrigin(
  raw: readonly (readonly [string, string])[],
  read: {
    createdAt: number;
    updatedAt: number;
    users: number;
    spellings: Record<string, string>;
  },
): { origin?: ExchangeOrigin } {
  const kept: Record<string, string | undefined> = {};
  const xsiPrefixes = new Set<string>();
  for (const [k, v] of raw) {
    const prefix = k.startsWith('xmlns:') ? k.slice(6) : null;
    if (prefix !== null && PREFIX.test(prefix) && !/^xml/i.test(prefix)) {
      kept[k] = v;
      if (v === XSI) xsiPrefixes.add(prefix);
    }
  }
  for (const [k, v] of raw) {
    const at = k.indexOf(':');
    if (at > 0 && xsiPrefixes.has(k.slice(0, at))) kept[k] = v;
    else if ((PLAIN as readonly string[]).includes(k) && writable(k, v)) kept[k] = v;
  }
  // A project Mazmun wrote is Mazmun's own again: its attributes are written afresh.
  if (/^Mazmun(?: |$)/.test(kept.origin ?? '')) return {};
  const assigned = (k: 'creationDateTime' | 'modifiedDateTime', ms: number) =>
    kept[k] === undefined ? String(ms) : undefined;
  const entries = {
    [ASSIGNED + 'creationDateTime']: assigned('creationDateTime', read.createdAt),
    [ASSIGNED + 'modifiedDateTime']: assigned('modifiedDateTime', read.updatedAt),
    [UPDATED]: kept.modifyingUserGUID === undefined ? undefined : String(read.updatedAt),
    [NO_USERS]: read.users === 0 ? 'yes' : undefined,
  };
  for (const k of ['creationDateTime', 'modifiedDateTime'] as const) {
    if (isCanonicalDateTime(kept[k])) delete kept[k];
  }
  return originOf({ ...kept, ...entries, ...read.spellings });
}

function dateOut(o: ExchangeOrigin, name: string, ms: number): string | undefined {
  return o[ASSIGNED + name] === String(ms) ? undefined : dateTimeOut(o[name], ms);
}

/** The Project element's attributes; `firstUser` is the GUID Mazmun names as its creator. */
export function projectAttributes(
  project: Project,
  firstUser: string | undefined,
  appVersion: string | undefined,
): XmlAttrs {
  const o = project.origin;
  const iso = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString() : undefined);
  if (o === undefined) {
    return {
      xmlns: PROJECT_NS,
      name: project.name,
      origin: originString(appVersion),
      creatingUserGUID: firstUser,
      creationDateTime: iso(project.createdAt),
      modifiedDateTime: iso(project.updatedAt),
    };
  }
  const extra: Record<string, string> = {};
  for (const [k, v] of Object.entries(o)) {
    const at = k.indexOf(':');
    if (at <= 0) continue;
    const prefix = k.slice(0, at);
    // A declaration, or an xsi:* attribute whose prefix is declared as XSI here too.
    const local = k.slice(at + 1);
    if (!PREFIX.test(local)) continue;
    if (prefix === 'xmlns' ? !/^xml/i.test(local) : o[`xmlns:${prefix}`] === XSI) extra[k] = v;
  }
  const unchanged = o[UPDATED] === String(project.updatedAt);
  return {
    xmlns: PROJECT_NS,
    ...extra,
    name: project.name, // required by the schema: written even where the file had none
    origin: o.origin,
    creatingUserGUID: guidOut(o.creatingUserGUID),
    creationDateTime: dateOut(o, 'creationDateTime', project.createdAt),
    modifyingUserGUID: unchanged ? guidOut(o.modifyingUserGUID) : undefined,
    modifiedDateTime: dateOut(o, 'modifiedDateTime', project.updatedAt),
    basePath: o.basePath,
  };
}
