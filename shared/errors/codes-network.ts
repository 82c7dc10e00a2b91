// The thematic network map (shared/analysis/network*, cli/commands/network.ts).
// Persian in renderer/i18n/errors-fa/network.ts.

export const NETWORK_ERRORS = {
  /** `globals` is the project's global theme names, quoted and joined with ", ". */
  'network.noSuchGlobal':
    'the project has no global theme named "{name}" (its global themes: {globals})',
  'network.noGlobals': 'the project has no global theme named "{name}": it has no themes at all',
} as const;
