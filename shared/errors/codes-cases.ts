// Cases: importing case attributes from a CSV table (shared/cases/csv-import-plan.ts), linking
// documents to cases, and the short source labels documents go by (shared/analysis/source-labels.ts).

export const CASES_ERRORS = {
  'cases.csvNoHeader': 'The CSV needs a header row: the case name first, then attribute names.',
  'cases.labelEmpty': 'A source label cannot be empty.',
  /** `label`: the label as typed. */
  'cases.labelHasSeparator':
    'The label "{label}" holds a comma; commas separate labels in the report, so a label cannot contain one.',
  'cases.labelTooLong': 'A source label can be at most {max} characters long.',
  'cases.nothingToLink': 'No document was chosen to link to a case.',
  /** `name`: the document's title. */
  'cases.linkDocumentGone': 'The document "{name}" was deleted meanwhile; nothing was linked.',
  'cases.linkCaseGone': 'A case was deleted meanwhile; nothing was linked.',
} as const;
