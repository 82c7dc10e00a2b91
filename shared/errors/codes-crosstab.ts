// Crosstabs and co-occurrence (shared/analysis/crosstab*, cooccurrence*, cli/commands/crosstab.ts,
// cooccurrence.ts). Persian in renderer/i18n/errors-fa/crosstab.ts.

export const CROSSTAB_ERRORS = {
  /** `attributes` is the project's attribute names. */
  'crosstab.noSuchAttribute':
    'the project has no case attribute named "{name}" (its attributes: {attributes})',
  'crosstab.projectHasNoAttributes':
    'the project has no case attribute named "{name}": it has no case attributes at all',
  'crosstab.needsRows': 'crosstab needs --rows codes or --rows <attribute>',
  'crosstab.sameAttribute':
    'crosstab needs two different attributes in rows and columns (got "{name}" twice)',
} as const;
