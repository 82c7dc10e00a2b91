// The REFI-QDA Project schema (QDA-XML 1.0, fixtures/refi-qda/Project.xsd, MIT licence) as a
// table for schema-check.ts: `mazmun validate` holds project.qde to it with no schema file at run
// time. Type and element names are the XSD's; project-schema.test.ts checks the table against
// xmllint on the real XSD, case by case.
import { PROJECT_NS } from './format';
import {
  formatSchemaError,
  schemaErrors,
  type ComplexType,
  type Particle,
  type Schema,
  type SimpleType,
} from './schema-check';

const MANY = Infinity;
const one = (element: string, type: string): Particle => ({ element, type, min: 1, max: 1 });
const opt = (element: string, type: string): Particle => ({ element, type, min: 0, max: 1 });
const any = (element: string, type: string): Particle => ({ element, type, min: 0, max: MANY });
const some = (element: string, type: string): Particle => ({ element, type, min: 1, max: MANY });
const list = (element: string, type: string): ComplexType => ({
  attributes: {},
  content: [some(element, type)],
});

type Attrs = Record<string, readonly [SimpleType, boolean]>;
const REQ = true;
const guid: Attrs = { guid: ['guid', REQ] };
const ref: ComplexType = { attributes: { targetGUID: ['guid', REQ] }, content: [] };
const stamps: Attrs = {
  creatingUser: ['guid', false],
  creationDateTime: ['dateTime', false],
  modifyingUser: ['guid', false],
  modifiedDateTime: ['dateTime', false],
};
const named: Attrs = { ...guid, name: ['string', false] };
const media: Attrs = {
  ...named,
  path: ['string', false],
  currentPath: ['string', false],
  ...stamps,
};
const box: Attrs = {
  firstX: ['integer', REQ],
  firstY: ['integer', REQ],
  secondX: ['integer', REQ],
  secondY: ['integer', REQ],
};
const span: Attrs = { begin: ['integer', REQ], end: ['integer', REQ] };
const selectionContent = [
  opt('Description', 'string'),
  any('Coding', 'CodingType'),
  any('NoteRef', 'NoteRefType'),
];
const tail = [
  any('Coding', 'CodingType'),
  any('NoteRef', 'NoteRefType'),
  any('VariableValue', 'VariableValueType'),
];
const COLOR: SimpleType = 'rgb';
const DIRECTION: SimpleType = { oneOf: ['Associative', 'OneWay', 'Bidirectional'] };

const TYPES: Record<string, ComplexType> = {
  ProjectType: {
    attributes: {
      name: ['string', REQ],
      origin: ['string', false],
      creatingUserGUID: ['guid', false],
      creationDateTime: ['dateTime', false],
      modifyingUserGUID: ['guid', false],
      modifiedDateTime: ['dateTime', false],
      basePath: ['string', false],
    },
    content: [
      opt('Users', 'UsersType'),
      opt('CodeBook', 'CodeBookType'),
      opt('Variables', 'VariablesType'),
      opt('Cases', 'CasesType'),
      opt('Sources', 'SourcesType'),
      opt('Notes', 'NotesType'),
      opt('Links', 'LinksType'),
      opt('Sets', 'SetsType'),
      opt('Graphs', 'GraphsType'),
      opt('Description', 'string'),
      any('NoteRef', 'NoteRefType'),
    ],
  },
  UsersType: list('User', 'UserType'),
  UserType: {
    attributes: { ...guid, name: ['string', false], id: ['string', false] },
    content: [],
  },
  CodeBookType: { attributes: {}, content: [one('Codes', 'CodesType')] },
  CodesType: list('Code', 'CodeType'),
  CodeType: {
    attributes: {
      ...guid,
      name: ['string', REQ],
      isCodable: ['boolean', REQ],
      color: [COLOR, false],
    },
    content: [opt('Description', 'string'), any('NoteRef', 'NoteRefType'), any('Code', 'CodeType')],
  },
  CasesType: list('Case', 'CaseType'),
  CaseType: {
    attributes: named,
    content: [
      opt('Description', 'string'),
      any('CodeRef', 'CodeRefType'),
      any('VariableValue', 'VariableValueType'),
      any('SourceRef', 'SourceRefType'),
      any('SelectionRef', 'SelectionRefType'),
    ],
  },
  VariablesType: list('Variable', 'VariableType'),
  VariableType: {
    attributes: {
      ...guid,
      name: ['string', REQ],
      typeOfVariable: [{ oneOf: ['Text', 'Boolean', 'Integer', 'Float', 'Date', 'DateTime'] }, REQ],
    },
    content: [opt('Description', 'string')],
  },
  VariableValueType: {
    attributes: {},
    content: [
      one('VariableRef', 'VariableRefType'),
      {
        choice: [
          opt('TextValue', 'string'),
          opt('BooleanValue', 'boolean'),
          opt('IntegerValue', 'integer'),
          opt('FloatValue', 'decimal'),
          opt('DateValue', 'date'),
          opt('DateTimeValue', 'dateTime'),
        ],
        min: 1,
        max: 1,
      },
    ],
  },
  SetsType: list('Set', 'SetType'),
  SetType: {
    attributes: { ...guid, name: ['string', REQ] },
    content: [
      opt('Description', 'string'),
      any('MemberCode', 'CodeRefType'),
      any('MemberSource', 'SourceRefType'),
      any('MemberNote', 'NoteRefType'),
    ],
  },
  SourcesType: {
    attributes: {},
    content: [
      {
        choice: [
          one('TextSource', 'TextSourceType'),
          one('PictureSource', 'PictureSourceType'),
          one('PDFSource', 'PDFSourceType'),
          one('AudioSource', 'AudioSourceType'),
          one('VideoSource', 'VideoSourceType'),
        ],
        min: 1,
        max: MANY,
      },
    ],
  },
  TextSourceType: {
    attributes: {
      ...named,
      richTextPath: ['string', false],
      plainTextPath: ['string', false],
      ...stamps,
    },
    content: [
      opt('Description', 'string'),
      opt('PlainTextContent', 'string'),
      any('PlainTextSelection', 'PlainTextSelectionType'),
      ...tail,
    ],
  },
  PlainTextSelectionType: {
    attributes: {
      ...named,
      startPosition: ['integer', REQ],
      endPosition: ['integer', REQ],
      ...stamps,
    },
    content: selectionContent,
  },
  PictureSourceType: {
    attributes: media,
    content: [
      opt('Description', 'string'),
      opt('TextDescription', 'TextSourceType'),
      any('PictureSelection', 'PictureSelectionType'),
      ...tail,
    ],
  },
  PictureSelectionType: { attributes: { ...named, ...box, ...stamps }, content: selectionContent },
  PDFSourceType: {
    attributes: media,
    content: [
      opt('Description', 'string'),
      any('PDFSelection', 'PDFSelectionType'),
      opt('Representation', 'TextSourceType'),
      ...tail,
    ],
  },
  PDFSelectionType: {
    attributes: { ...named, page: ['integer', REQ], ...box, ...stamps },
    content: [
      opt('Description', 'string'),
      opt('Representation', 'TextSourceType'),
      any('Coding', 'CodingType'),
      any('NoteRef', 'NoteRefType'),
    ],
  },
  AudioSourceType: {
    attributes: media,
    content: [
      opt('Description', 'string'),
      any('Transcript', 'TranscriptType'),
      any('AudioSelection', 'AudioSelectionType'),
      ...tail,
    ],
  },
  AudioSelectionType: { attributes: { ...named, ...span, ...stamps }, content: selectionContent },
  VideoSourceType: {
    attributes: media,
    content: [
      opt('Description', 'string'),
      any('Transcript', 'TranscriptType'),
      any('VideoSelection', 'VideoSelectionType'),
      ...tail,
    ],
  },
  VideoSelectionType: { attributes: { ...named, ...span, ...stamps }, content: selectionContent },
  TranscriptType: {
    attributes: {
      ...named,
      richTextPath: ['string', false],
      plainTextPath: ['string', false],
      ...stamps,
    },
    content: [
      opt('Description', 'string'),
      opt('PlainTextContent', 'string'),
      any('SyncPoint', 'SyncPointType'),
      any('TranscriptSelection', 'TranscriptSelectionType'),
      any('NoteRef', 'NoteRefType'),
    ],
  },
  TranscriptSelectionType: {
    attributes: {
      ...named,
      fromSyncPoint: ['guid', false],
      toSyncPoint: ['guid', false],
      ...stamps,
    },
    content: selectionContent,
  },
  SyncPointType: {
    attributes: { ...guid, timeStamp: ['integer', false], position: ['integer', false] },
    content: [],
  },
  CodingType: {
    attributes: {
      ...guid,
      creatingUser: ['guid', false],
      creationDateTime: ['dateTime', false],
    },
    content: [one('CodeRef', 'CodeRefType'), any('NoteRef', 'NoteRefType')],
  },
  GraphsType: list('Graph', 'GraphType'),
  GraphType: {
    attributes: named,
    content: [any('Vertex', 'VertexType'), any('Edge', 'EdgeType')],
  },
  VertexType: {
    attributes: {
      ...guid,
      representedGUID: ['guid', false],
      name: ['string', false],
      firstX: ['integer', REQ],
      firstY: ['integer', REQ],
      secondX: ['integer', false],
      secondY: ['integer', false],
      shape: [
        {
          oneOf: [
            'Person',
            'Oval',
            'Rectangle',
            'RoundedRectangle',
            'Star',
            'LeftTriangle',
            'RightTriangle',
            'UpTriangle',
            'DownTriangle',
            'Note',
          ],
        },
        false,
      ],
      color: [COLOR, false],
    },
    content: [],
  },
  EdgeType: {
    attributes: {
      ...guid,
      representedGUID: ['guid', false],
      name: ['string', false],
      sourceVertex: ['guid', REQ],
      targetVertex: ['guid', REQ],
      color: [COLOR, false],
      direction: [DIRECTION, false],
      lineStyle: [{ oneOf: ['dotted', 'dashed', 'solid'] }, false],
    },
    content: [],
  },
  NotesType: list('Note', 'TextSourceType'),
  LinksType: list('Link', 'LinkType'),
  LinkType: {
    attributes: {
      ...named,
      direction: [DIRECTION, false],
      color: [COLOR, false],
      originGUID: ['guid', false],
      targetGUID: ['guid', false],
    },
    content: [any('NoteRef', 'NoteRefType')],
  },
  NoteRefType: ref,
  CodeRefType: ref,
  SourceRefType: ref,
  SelectionRefType: ref,
  VariableRefType: ref,
};

export const PROJECT_SCHEMA: Schema = {
  namespace: PROJECT_NS,
  root: 'Project',
  rootType: 'ProjectType',
  types: TYPES,
  // Text-only elements by their XSD type (VariableValue's typed values).
  simple: {
    string: 'string',
    boolean: 'boolean',
    integer: 'integer',
    decimal: 'decimal',
    date: 'date',
    dateTime: 'dateTime',
  },
};

/** Why `xml` is not a valid project.qde, each as "line N: /Project/…: reason" (empty: valid). */
export function projectSchemaErrors(xml: string): string[] {
  return schemaErrors(xml, PROJECT_SCHEMA).map(formatSchemaError);
}
