// The thematic network map (shared/analysis/network*).
// Persian in renderer/i18n/errors-fa/network.ts.

export const NETWORK_ERRORS = {} as const;
