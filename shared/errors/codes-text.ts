// `mazmun text` and the broken-Persian checks on import (shared/import, shared/text).
// Persian in renderer/i18n/errors-fa/text.ts.

export const TEXT_ERRORS = {} as const;
