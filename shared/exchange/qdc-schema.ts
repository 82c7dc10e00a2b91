// The REFI-QDA Codebook schema (fixtures/refi-qda/Codebook.xsd, urn:QDA-XML:codebook:1.0) as a
// table for schema-check.ts, the checker the Project schema uses too: `mazmun validate` holds a
// .qdc to it without an XSD engine at run time (the CLI ships no schema files and no WebAssembly).
// qdc-schema.test.ts checks it agrees with xmllint on the real XSD. Run it only on XML the safe
// reader (parseXmlSafely) has already accepted.
import { CODEBOOK_NS } from './format';
import { formatSchemaError, schemaErrors, type Schema } from './schema-check';

const MANY = Infinity;

export const CODEBOOK_SCHEMA: Schema = {
  namespace: CODEBOOK_NS,
  root: 'CodeBook',
  rootType: 'CodeBookType',
  types: {
    CodeBookType: {
      attributes: { origin: ['string', false] },
      content: [
        { element: 'Codes', type: 'CodesType', min: 1, max: 1 },
        { element: 'Sets', type: 'SetsType', min: 0, max: 1 },
      ],
    },
    CodesType: {
      attributes: {},
      content: [{ element: 'Code', type: 'CodeType', min: 1, max: MANY }],
    },
    CodeType: {
      attributes: {
        guid: ['guid', true],
        name: ['string', true],
        isCodable: ['boolean', true],
        color: ['rgb', false],
      },
      content: [
        { element: 'Description', type: 'string', min: 0, max: 1 },
        { element: 'Code', type: 'CodeType', min: 0, max: MANY },
      ],
    },
    SetsType: { attributes: {}, content: [{ element: 'Set', type: 'SetType', min: 1, max: MANY }] },
    SetType: {
      attributes: { guid: ['guid', true], name: ['string', true] },
      content: [
        { element: 'Description', type: 'string', min: 0, max: 1 },
        { element: 'MemberCode', type: 'MemberCodeType', min: 0, max: MANY },
      ],
    },
    MemberCodeType: { attributes: { guid: ['guid', true] }, content: [] },
  },
  simple: { string: 'string' },
};

/** Why `xml` is not a valid REFI-QDA codebook, each as "line N: /CodeBook/…: reason". */
export function codebookSchemaErrors(xml: string): string[] {
  return schemaErrors(xml, CODEBOOK_SCHEMA).map(formatSchemaError);
}
