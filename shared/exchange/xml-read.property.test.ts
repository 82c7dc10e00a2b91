// The XML reader's pre-scan must count exactly what the parser would build (so a limit means
// what it says), answer the same whatever chunks the bytes arrive in, and refuse at the limit,
// never past it. Any string at all gets a Result, never a throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { XML_LIMITS } from '../import/input-limits';
import { XmlScanner } from '../import/xml-scan';
import { parseXmlSafely } from './xml-read';

interface Tree {
  readonly name: string;
  readonly attrs: readonly (readonly [string, string])[];
  readonly text: string;
  readonly children: readonly Tree[];
}

const tagName = fc.constantFrom('Project', 'Code', 'x', 'qda:Source', 'a-b', 'n_1');
const attrName = fc.constantFrom('name', 'guid', 'a', 'xml:lang', 'namex');
/** Text with everything that must be escaped or that looks like markup. */
const text = fc.string({
  unit: fc.constantFrom('a', 'ب', ' ', '<', '>', '&', '"', "'", ']', '-', '😀', '\n'),
  maxLength: 12,
});

const escape = (s: string, quote: boolean): string => {
  const t = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return quote ? t.replace(/"/g, '&quot;') : t;
};

const node = (children: fc.Arbitrary<Tree[]>): fc.Arbitrary<Tree> =>
  fc.record({
    name: tagName,
    attrs: fc.uniqueArray(fc.tuple(attrName, text), { maxLength: 3, selector: ([k]) => k }),
    text,
    children,
  });

const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { maxDepth: 8, depthIdentifier: 'tree' },
    node(fc.constant([])),
    node(fc.array(tie('tree'), { maxLength: 3, depthIdentifier: 'tree' })),
  ),
}));

/** Serialized with a comment, a CDATA section or a PI now and then. */
function serialize(t: Tree, extra: number): string {
  const attrs = t.attrs.map(([k, v]) => ` ${k}="${escape(v, true)}"`).join('');
  const filler = ['', '<!-- <x/> -- -->', '<![CDATA[<y/>]]>', '<?pi <z/>?>'][extra % 4] ?? '';
  if (t.children.length === 0 && t.text === '' && filler === '') return `<${t.name}${attrs}/>`;
  const inner = t.children.map((c, k) => serialize(c, extra + k + 1)).join('');
  return `<${t.name}${attrs}>${escape(t.text, false)}${filler}${inner}</${t.name}>`;
}

const count = (t: Tree): number => 1 + t.children.reduce((n, c) => n + count(c), 0);
const depth = (t: Tree): number => 1 + Math.max(0, ...t.children.map(depth));

describe('the XML pre-scan (property)', () => {
  it('counts the elements and the depth the document really has, in any chunks', () => {
    fc.assert(
      fc.property(tree, fc.nat(), fc.array(fc.nat(), { maxLength: 4 }), (t, extra, cuts) => {
        const xml = `<?xml version="1.0"?>${serialize(t, extra)}`;
        expect(parseXmlSafely(xml, []).ok).toBe(true);
        const bytes = new TextEncoder().encode(xml);
        const s = new XmlScanner('f', { doctype: 'refuse' });
        let at = 0;
        for (const cut of [...cuts.map((c) => c % (bytes.length + 1))].sort((a, b) => a - b)) {
          expect(s.feedBytes(bytes.subarray(at, cut))).toBeNull();
          at = cut;
        }
        expect(s.feedBytes(bytes.subarray(at))).toBeNull();
        expect([s.elements, s.deepest]).toEqual([count(t), depth(t)]);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts a document at each limit and refuses it one below, naming the limit', () => {
    fc.assert(
      fc.property(tree, (t) => {
        const xml = serialize(t, 0);
        const n = count(t);
        const d = depth(t);
        const at = (maxElements: number, maxDepth: number) =>
          parseXmlSafely(xml, [], { limits: { ...XML_LIMITS, maxElements, maxDepth } });
        expect(at(n, d).ok).toBe(true);
        expect(at(n - 1, d)).toMatchObject({
          ok: false,
          error: { code: 'import.xmlTooManyElementsUnnamed', params: { limit: n - 1 } },
        });
        if (d > 1) {
          expect(at(n, d - 1)).toMatchObject({
            ok: false,
            error: { code: 'import.xmlTooDeepUnnamed', params: { limit: d - 1 } },
          });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('answers any string with a Result', () => {
    const markup = fc.string({
      unit: fc.constantFrom(
        '<',
        '>',
        '/',
        '!',
        '?',
        '-',
        '[',
        ']',
        '"',
        "'",
        '=',
        ' ',
        'a',
        '&',
        ';',
        'CDATA',
        'DOCTYPE',
      ),
      maxLength: 60,
    });
    fc.assert(
      fc.property(fc.oneof(markup, fc.string()), (s) => {
        const r = parseXmlSafely(s, ['a']);
        expect(r.ok || r.reason.length > 0).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
