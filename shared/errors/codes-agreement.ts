// Agreement between coders and Krippendorff's alpha (shared/analysis/agreement*, krippendorff*,
// cli/commands/agreement.ts, alpha.ts). Persian in renderer/i18n/errors-fa/agreement.ts.

export const AGREEMENT_ERRORS = {
  'agreement.needsTwoCoders': 'agreement needs two coder names: --coders NAME,NAME (got "{given}")',
  'agreement.emptyCoderName': '--coder needs coder names separated by commas (got "{given}")',
  'agreement.sameCoder': 'agreement compares two different coders (got "{name}" twice)',
  /** `coders` is the project's coder names. */
  'agreement.noSuchCoder': 'the project has no coder named "{name}" (its coders: {coders})',
  'agreement.projectHasNoCoders':
    'the project has no coder named "{name}": it has no coders at all (none of its codings says who coded it)',
  'agreement.alphaNoCoders': '{path}: the header row must name at least two coders',
  'agreement.alphaTooManyCells':
    '{path}: line {line} has {cells} cells, but the header names {coders} coders',
  'agreement.alphaNotNumber':
    '{path}: line {line}, coder "{coder}": "{value}" is not a number (--level {level} needs numbers; --level nominal takes any values)',
} as const;
