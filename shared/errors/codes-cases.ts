// Importing case attributes from a CSV table (shared/cases/csv-import-plan.ts).

export const CASES_ERRORS = {
  'cases.csvNoHeader': 'The CSV needs a header row: the case name first, then attribute names.',
} as const;
