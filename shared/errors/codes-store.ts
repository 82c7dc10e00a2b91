// The project store and its repositories (shared/store, shared/db): things that no longer exist,
// values that do not fit. Only the codes already in use are here; the rest of shared/db and
// shared/store still refuse with legacy sentences (docs/errors.md lists them).

export const STORE_ERRORS = {
  'store.codeGone': 'The code no longer exists.',
} as const;
