// The stored form of a document set (schema v5, table `sets`) and its mappers. A row read from
// disk may come from another build: the mapper checks each field instead of trusting it.
import { asId } from '../model/ids';
import type { DocumentSet, SetCondition, SetRule } from '../model/sets';

export interface SetRow {
  id: string;
  projectId: string;
  name: string;
  /** 'manual' | 'rule' */
  kind: string;
  documentIds: string[];
  rule: {
    match: string;
    conditions: { attributeId: string; values: (string | number)[] }[];
  } | null;
  description: string;
  createdAt: number;
}

function ruleOf(raw: unknown): SetRule | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as { match?: unknown; conditions?: unknown };
  const conditions: SetCondition[] = [];
  for (const c of Array.isArray(r.conditions) ? r.conditions : []) {
    const attributeId = (c as { attributeId?: unknown })?.attributeId;
    const values = (c as { values?: unknown })?.values;
    if (typeof attributeId !== 'string' || !Array.isArray(values)) continue;
    conditions.push({
      attributeId: asId<'AttributeId'>(attributeId),
      values: values.filter(
        (v): v is string | number => typeof v === 'string' || typeof v === 'number',
      ),
    });
  }
  return { match: r.match === 'any' ? 'any' : 'all', conditions };
}

export function rowToSet(r: SetRow): DocumentSet {
  const kind = r.kind === 'rule' ? 'rule' : 'manual';
  return {
    id: asId<'SetId'>(r.id),
    projectId: asId<'ProjectId'>(r.projectId),
    name: typeof r.name === 'string' ? r.name : '',
    kind,
    documentIds:
      kind === 'manual' && Array.isArray(r.documentIds)
        ? r.documentIds.filter((d) => typeof d === 'string').map((d) => asId<'DocumentId'>(d))
        : [],
    rule: kind === 'rule' ? (ruleOf(r.rule) ?? { match: 'all', conditions: [] }) : null,
    description: typeof r.description === 'string' ? r.description : '',
    createdAt: typeof r.createdAt === 'number' ? r.createdAt : 0,
  };
}

export function setToRow(s: DocumentSet): SetRow {
  return {
    id: s.id,
    projectId: s.projectId,
    name: s.name,
    kind: s.kind,
    documentIds: [...s.documentIds],
    rule: s.rule
      ? {
          match: s.rule.match,
          conditions: s.rule.conditions.map((c) => ({
            attributeId: c.attributeId,
            values: [...c.values],
          })),
        }
      : null,
    description: s.description,
    createdAt: s.createdAt,
  };
}
