// Document sets (issue 13.4): a named group of documents, made by hand ('manual': the members are
// listed) or from a rule over case attributes ('rule': the members are computed each time, so a
// document whose case changes joins or leaves the set by itself).
import type { AttributeId, Brand, DocumentId, ProjectId } from './ids';

export type SetId = Brand<string, 'SetId'>;

export type SetKind = 'manual' | 'rule';

/** One condition: the case's value of `attributeId` is one of `values` ("year = 1403" is one value). */
export interface SetCondition {
  readonly attributeId: AttributeId;
  readonly values: readonly (string | number)[];
}

/** Every condition must hold ('all') or one of them ('any'). */
export interface SetRule {
  readonly match: 'all' | 'any';
  readonly conditions: readonly SetCondition[];
}

export interface DocumentSet {
  readonly id: SetId;
  readonly projectId: ProjectId;
  readonly name: string;
  readonly kind: SetKind;
  /** The members of a manual set, in the order they were added; [] for a rule set. */
  readonly documentIds: readonly DocumentId[];
  /** The rule of a rule set; null for a manual set. */
  readonly rule: SetRule | null;
  readonly description: string;
  readonly createdAt: number;
}
