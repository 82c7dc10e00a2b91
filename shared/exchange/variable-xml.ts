// Variables (Mazmun's attributes) and their values on cases, in and out of project.qde. The
// declared typeOfVariable is kept on the attribute (origin `#type`), so another tool's Integer,
// Boolean, Date and DateTime variables are written back as such while their values still fit.
import { asId } from '../model/ids';
import type { Attribute, AttributeType, AttributeValue, Case } from '../model/types';
import type { MetaReader, MetaRecord } from './meta-file';
import { DESCRIPTION, guidSpelling, originOf, TYPE, XS_DATE_TIME } from './origin';
import type { QdeReadContext } from './qde-context';
import { attr, childNode, childNodes, textOf, type XmlNode } from './xml-read';
import { toDecimalString, xmlElement, xmlTextElement } from './xml-write';

type Declared = 'Text' | 'Integer' | 'Float' | 'Boolean' | 'Date' | 'DateTime';

const KEPT_TYPES = new Set(['Integer', 'Boolean', 'Date', 'DateTime']);
const BOOLEAN_OPTIONS = ['true', 'false'];
const XS_DATE = /^-?\d{4,}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?$/;
/** An Integer variable with such a name whose values are all 1..9999 is a year. */
const YEAR_NAME = /(^|[^a-z])(years?|yr)([^a-z]|$)|(^|[\s_\u200c-])سال($|[\s_\u200c-])/i;

export function readVariables(root: XmlNode, ctx: QdeReadContext, metas: MetaReader): Attribute[] {
  const out: Attribute[] = [];
  for (const v of childNodes(childNode(root, 'Variables'), 'Variable')) {
    const id = ctx.guids.declare('variable', attr(v, 'guid'));
    if (id === null) continue;
    const { text, meta } = metas.item('attributes', attr(v, 'guid'), textOf(v, 'Description'));
    const declared = attr(v, 'typeOfVariable');
    let type: AttributeType = 'text';
    let options: string[] = [];
    if (declared === 'Float') type = 'number';
    else if (declared === 'Integer') type = meta?.type === 'year' ? 'year' : 'number';
    else if (declared === 'Boolean') {
      type = 'category';
      options = [...BOOLEAN_OPTIONS];
      if (meta === null)
        ctx.report.warn('A Boolean variable became a category with the options true/false');
    } else if (declared === 'Text' && meta?.type === 'category') {
      type = 'category';
      options = Array.isArray(meta.options)
        ? meta.options.filter((o): o is string => typeof o === 'string')
        : [];
    } else if ((declared === 'Date' || declared === 'DateTime') && meta === null) {
      ctx.report.warn(`A ${declared} variable became a text attribute`);
    }
    const calendar =
      type !== 'year' ? null : meta?.calendar === 'solar-hijri' ? 'solar-hijri' : 'gregorian';
    const name = attr(v, 'name')?.trim() || `Attribute ${out.length + 1}`;
    out.push({
      id: asId<'AttributeId'>(id),
      projectId: ctx.projectId,
      name,
      type,
      options,
      calendar,
      order: out.length,
      ...originOf({
        // Kept where Mazmun's type alone would not give it back (a year is written as Integer).
        [TYPE]:
          declared !== undefined && KEPT_TYPES.has(declared) && type !== 'year'
            ? declared
            : undefined,
        [DESCRIPTION]: text,
        ...guidSpelling(attr(v, 'guid'), id),
      }),
    });
  }
  ctx.report.mapped.variables = out.length;
  return out;
}

export function readValue(vv: XmlNode, attribute: Attribute): AttributeValue {
  if (vv.BooleanValue !== undefined) {
    // xs:boolean also spells true and false as 1 and 0.
    const raw = textOf(vv, 'BooleanValue').trim();
    return raw === '1' ? 'true' : raw === '0' ? 'false' : raw;
  }
  for (const tag of ['TextValue', 'DateValue', 'DateTimeValue']) {
    if (vv[tag] !== undefined) return textOf(vv, tag);
  }
  for (const tag of ['IntegerValue', 'FloatValue']) {
    if (vv[tag] === undefined) continue;
    const raw = textOf(vv, tag).trim();
    const n = Number(raw);
    return raw !== '' && Number.isFinite(n) && attribute.type !== 'text' ? n : raw;
  }
  return null;
}

/**
 * Another tool's Integer "year" (no Mazmun metadata says otherwise) becomes a year attribute,
 * shown without digit grouping; 1200..1499 throughout reads as Solar Hijri.
 */
export function settleYears(attributes: Attribute[], cases: readonly Case[]): void {
  attributes.forEach((a, k) => {
    if (a.type !== 'number' || a.origin?.[TYPE] !== 'Integer' || !YEAR_NAME.test(a.name)) return;
    const values = cases.map((c) => c.values[a.id]).filter((v) => v !== undefined && v !== null);
    const years = values.every(
      (v) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 9999,
    );
    if (!years || values.length === 0) return;
    const hijri = values.every((v) => (v as number) >= 1200 && (v as number) <= 1499);
    attributes[k] = { ...a, type: 'year', calendar: hijri ? 'solar-hijri' : 'gregorian' };
  });
}

function declaredType(a: Attribute, values: readonly AttributeValue[]): Declared {
  const kept = a.origin?.[TYPE];
  const present = values.filter((v): v is string | number => v !== null && v !== '');
  switch (a.type) {
    case 'year':
      return 'Integer';
    case 'number': {
      const ints = present.every((v) =>
        Number.isSafeInteger(typeof v === 'number' ? v : Number(v)),
      );
      return kept === 'Integer' && ints ? 'Integer' : 'Float';
    }
    case 'category': {
      const bool =
        a.options.every((o) => BOOLEAN_OPTIONS.includes(o)) &&
        present.every((v) => BOOLEAN_OPTIONS.includes(String(v)));
      return kept === 'Boolean' && bool ? 'Boolean' : 'Text';
    }
    case 'text': {
      if (kept === 'Date' && present.every((v) => XS_DATE.test(String(v)))) return 'Date';
      if (kept === 'DateTime' && present.every((v) => XS_DATE_TIME.test(String(v)))) {
        return 'DateTime';
      }
      return 'Text';
    }
  }
}

function valueElement(declared: Declared, value: string | number): string | null {
  if (declared === 'Text') return xmlTextElement('TextValue', String(value));
  if (declared === 'Boolean') return xmlTextElement('BooleanValue', String(value));
  if (declared === 'Date') return xmlTextElement('DateValue', String(value));
  if (declared === 'DateTime') return xmlTextElement('DateTimeValue', String(value));
  const n = typeof value === 'number' ? value : Number(value.trim());
  if (!Number.isFinite(n)) return null;
  if (declared === 'Integer') {
    return Number.isSafeInteger(n) ? xmlTextElement('IntegerValue', String(n)) : null;
  }
  return xmlTextElement('FloatValue', toDecimalString(n));
}

export interface VariablesOut {
  /** `<Variables>`, or '' when there are none. */
  readonly xml: string;
  /** Each attribute's `<VariableValue>` for a value, or null when it cannot be written. */
  value(attribute: Attribute, value: AttributeValue): string | null;
  /** What mazmun.json says of each attribute. */
  readonly meta: Record<string, MetaRecord>;
}

export function writeVariables(
  attributes: readonly Attribute[],
  cases: readonly Case[],
): VariablesOut {
  const declared = new Map<string, Declared>();
  const meta: Record<string, MetaRecord> = {};
  const vars = attributes.map((a) => {
    const d = declaredType(
      a,
      cases.map((c) => c.values[a.id] ?? null),
    );
    declared.set(a.id, d);
    const m: MetaRecord = { type: a.type };
    if (a.type === 'category') m.options = a.options;
    if (a.type === 'year') m.calendar = a.calendar;
    meta[a.id] = m;
    const description = a.origin?.[DESCRIPTION];
    return xmlElement(
      'Variable',
      { guid: a.id, name: a.name, typeOfVariable: d },
      description ? [xmlTextElement('Description', description)] : [],
    );
  });
  return {
    xml: vars.length > 0 ? xmlElement('Variables', {}, vars) : '',
    meta,
    value: (attribute, value) => {
      if (value === null || value === '') return null;
      const el = valueElement(declared.get(attribute.id) ?? 'Text', value);
      if (el === null) return null;
      const ref = xmlElement('VariableRef', { targetGUID: attribute.id });
      return xmlElement('VariableValue', {}, [ref, el]);
    },
  };
}
