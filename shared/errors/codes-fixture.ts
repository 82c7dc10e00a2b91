// The project-directory loader (shared/fixture): which file, row and field is wrong.
// English templates; Persian ones in renderer/i18n/errors-fa/fixture.ts.

export const FIXTURE_ERRORS = {
  'fixture.fileMissing': '{file} is missing',
  'fixture.invalidJson': '{file} is not valid JSON: {detail}',
  /** Wraps the error of a reader (CSV) with the file it read. */
  'fixture.inFile': '{file}: {error}',
  /** Wraps the error of a row-level check with the file and row (1 = the header). */
  'fixture.inRow': '{file} row {row}: {error}',
  'fixture.projectNotObject': 'project.json: expected an object',
  'fixture.projectNoName': 'project.json: no "name"',
  'fixture.attributesNotList': 'attributes.json: expected an array',
  'fixture.attributeNoName': 'attributes.json: attribute #{index}: no "name"',
  'fixture.attributeUnknownType':
    'attributes.json: attribute #{index} ({name}): unknown type "{type}"',
  'fixture.attributeUnknownCalendar':
    'attributes.json: attribute #{index} ({name}): unknown calendar "{calendar}"',
  'fixture.attributeTwice': 'attributes.json: attribute #{index}: "{name}" is defined twice',
  'fixture.valueNotNumber': '"{value}" is not a number',
  'fixture.valueNotYear': '"{value}" is not a year',
  'fixture.valueNotOption': '"{value}" is not one of the options of "{attribute}"',
  'fixture.casesUnknownColumns':
    'cases.csv: column(s) {columns} are not defined in attributes.json',
  'fixture.caseNoId': 'cases.csv row {row}: no id',
  'fixture.caseIdTwice': 'cases.csv row {row}: id "{id}" is used twice',
  'fixture.caseBadValue': 'cases.csv row {row}, column {column}: {error}',
  'fixture.documentNoCase': 'documents.csv row {row}: no case "{case}" in cases.csv',
  'fixture.documentFileMissing': 'documents.csv row {row}: documents/{file} is missing',
  'fixture.documentListedTwice': 'documents.csv row {row}: {file} is listed twice',
  'fixture.codingNoDocument': 'codings.csv row {row}: no document "{file}" (see documents.csv)',
  'fixture.codingAssertedWithAnchor':
    'codings.csv row {row}: an asserted coding covers the whole text: leave the anchor empty',
  'fixture.codingBadAnchor': 'codings.csv row {row} (document {file}): {error}',
  'fixture.codebookNotList':
    'codebook.json: expected a list of codes, or an object with a "codes" list',
  'fixture.codeNotObject': 'codebook.json: code {code}: expected an object',
  'fixture.codeNoName': 'codebook.json: code {code}: no "name"',
  'fixture.codeSiblingsSameName':
    'codebook.json: code {code}: two siblings are both named "{name}"',
  'fixture.codeFieldNotString': 'codebook.json: code {code}: "{field}" must be a string',
  'fixture.codeBadColor': 'codebook.json: code {code}: color "{color}" is not #rrggbb',
  'fixture.codeChildrenNotList': 'codebook.json: code {code}: "children" must be an array',
  'fixture.codeRefUnknown': 'no code named "{name}" in codebook.json',
  'fixture.codeRefAmbiguous': '"{name}" names {count} codes: write its path (A > B)',
  'fixture.anchorEmpty': 'the anchor is empty (write the quoted passage, or mark it asserted)',
  'fixture.anchorBadOccurrence': 'occurrence must be a whole number from 1 (got {occurrence})',
  'fixture.anchorNotFound': 'the anchor "{anchor}" does not occur in the text',
  'fixture.anchorCount': 'the anchor "{anchor}" occurs {count} time(s), not {occurrence}',
} as const;
