// Reading one document file (shared/import): .txt/.md decoding, .docx/.odt/.rtf extraction, their
// zip and XML limits, pasted text. Persian in renderer/i18n/errors-fa/import.ts. The English is
// the sentence the CLI prints and e2e/bad-input.spec.ts reads: keep it word for word.
// A parameter named `limit` is a count limit, written with thousands separators ("1,000").
export const IMPORT_ERRORS = {
  'import.tooLarge': '{file} is too large ({sizeBytes}); the limit is {limitBytes}',
  'import.empty': '{file} is empty',
  'import.oldWordDoc':
    '{file} is an old Word 97–2003 document (.doc): open it in Word or LibreOffice and save it as .docx',
  'import.pdf': '{file} is a PDF: save or export it as .docx or .txt first',
  'import.notWord': '{file} is not a valid Word document (the file is damaged or truncated)',
  'import.notOdt':
    '{file} is not a valid OpenDocument text file (the file is damaged or truncated)',
  'import.notRtf': '{file} is not a valid RTF document',
  'import.rtfTooDeep': '{file} nests RTF groups more than {limit} levels deep (the limit)',
  'import.documentTooLong': '{file} is longer than {limit} characters (the limit for one document)',
  'import.pastedTooLong':
    'The pasted text is longer than {limit} characters (the limit for one document)',
  'import.noText': '{file} contains no text',
  'import.pastedNoText': 'The pasted text contains no text',
  'import.pasteEmpty': 'Nothing was pasted: the clipboard text is empty',
  'import.binary': '{file} looks like a binary file, not text',
  'import.badUtf8': '{file} is marked as UTF-8 but is not valid UTF-8 (the file is damaged)',
  'import.badEncoding': '{file} is not valid {encoding} text (the file is damaged or not text)',
  /** A library threw on the file (a bug, not the file's fault): its message as the detail. */
  'import.unreadable': '{file} could not be read ({detail})',
  'import.zipBomb':
    '{file}: the file expands to more than {limitBytes} — refused as a possible zip bomb',
  'import.zipLyingSize':
    '{file}: an entry inflates beyond its declared size — refused as a possible zip bomb',
  /** Wraps a zip or XML refusal of a .docx/.odt with the file's name. */
  'import.inFile': '{file}: {error}',
  /** The XML pre-scan (xml-scan.ts): one code per limit, named file or an unnamed "The XML". */
  'import.xmlTooManyElements': '{file} has more than {limit} XML elements (the limit)',
  'import.xmlTooManyElementsUnnamed': 'The XML has more than {limit} XML elements (the limit)',
  'import.xmlTooDeep': '{file} nests XML elements more than {limit} levels deep (the limit)',
  'import.xmlTooDeepUnnamed':
    'The XML nests XML elements more than {limit} levels deep (the limit)',
  'import.xmlAttributeTooLong':
    '{file} has an XML attribute longer than {limit} characters (the limit)',
  'import.xmlAttributeTooLongUnnamed':
    'The XML has an XML attribute longer than {limit} characters (the limit)',
  'import.xmlNameTooLong': '{file} has a name longer than {limit} characters (the limit)',
  'import.xmlNameTooLongUnnamed': 'The XML has a name longer than {limit} characters (the limit)',
  'import.xmlTextTooLong': '{file} has a run of text longer than {limit} characters (the limit)',
  'import.xmlTextTooLongUnnamed':
    'The XML has a run of text longer than {limit} characters (the limit)',
  'import.xmlDoctype':
    'The XML declares a DOCTYPE or ENTITY. Mazmun refuses such files because they can be used to read local files or exhaust memory (XXE); REFI-QDA files never need one.',
  'import.entryTooLarge': '{file} unpacks to more than {limitBytes} (the limit)',
} as const;
