// Document sets in a backup file (issue 13.4): checked like every other list of a snapshot read
// from disk. Members that name no document of the backup and conditions on attributes it does
// not have are dropped, each kind of repair counted once in the warnings.
import { asId, isUuid, type ProjectId } from '../model/ids';
import type { DocumentSet, SetCondition } from '../model/sets';

type Raw = Record<string, unknown>;
const isObj = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

export function checkBackupSets(
  raw: unknown,
  projectId: ProjectId,
  documentIds: ReadonlySet<string>,
  attributeIds: ReadonlySet<string>,
  warn: (message: string) => void,
): DocumentSet[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    warn('"sets" was not a list and was ignored');
    return [];
  }
  const out: DocumentSet[] = [];
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const o of raw) {
    const id = isObj(o) ? o.id : undefined;
    const name = isObj(o) && typeof o.name === 'string' ? o.name.trim() : '';
    if (!isObj(o) || typeof id !== 'string' || !isUuid(id) || ids.has(id) || !name) {
      warn('a set with a missing, invalid or repeated id, or no name, was dropped');
      continue;
    }
    if (names.has(name)) {
      warn('a set whose name was already taken was dropped');
      continue;
    }
    ids.add(id);
    names.add(name);
    const kind = o.kind === 'rule' ? 'rule' : 'manual';
    const listed = Array.isArray(o.documentIds) ? o.documentIds : [];
    const members = [...new Set(listed.filter((d): d is string => typeof d === 'string'))];
    const kept = members.filter((d) => documentIds.has(d));
    if (kind === 'manual' && kept.length < members.length)
      warn('a set listed documents that are not in the backup; they were left out');
    const conditions: SetCondition[] = [];
    const rule = isObj(o.rule) ? o.rule : {};
    for (const c of Array.isArray(rule.conditions) ? rule.conditions : []) {
      if (!isObj(c) || typeof c.attributeId !== 'string' || !attributeIds.has(c.attributeId)) {
        warn('a set condition on a missing attribute was left out');
        continue;
      }
      const values = (Array.isArray(c.values) ? c.values : []).filter(
        (v): v is string | number =>
          typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)),
      );
      if (values.length) conditions.push({ attributeId: asId(c.attributeId), values });
    }
    if (kind === 'rule' && conditions.length === 0) {
      warn('a rule set without a usable condition was dropped');
      continue;
    }
    out.push({
      id: asId<'SetId'>(id),
      projectId,
      name,
      kind,
      documentIds: kind === 'manual' ? kept.map((d) => asId<'DocumentId'>(d)) : [],
      rule: kind === 'rule' ? { match: rule.match === 'any' ? 'any' : 'all', conditions } : null,
      description: typeof o.description === 'string' ? o.description : '',
      createdAt: typeof o.createdAt === 'number' && Number.isFinite(o.createdAt) ? o.createdAt : 0,
    });
  }
  return out;
}
