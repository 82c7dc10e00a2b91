// Seeded mutations of real files for the soak test (bench/soak.ts, bench/soak.test.ts): damage
// to the raw bytes (what a bad disk or a cut download does) and damage inside the archive's
// XML, re-zipped (what a buggy exporter or an attacker does: floods, deep nesting, huge
// attributes, DOCTYPEs, broken numbers), so the readers behind the zip are reached too.
import JSZip from 'jszip';
import type { Rng } from './prng';

export type SoakKind = 'qdpx' | 'docx' | 'rtf';

export interface SoakBase {
  readonly kind: SoakKind;
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface SoakInput extends SoakBase {
  /** What was done to the base, for the report. */
  readonly mutation: string;
}

/** Markup that each probes one defence (limits, entities, declarations). */
const SNIPPETS: readonly ((rng: Rng) => string)[] = [
  (rng) => '<x/>'.repeat(rng.int(1, 2_200_000)),
  (rng) => {
    const n = rng.int(1, 400);
    return '<a>'.repeat(n) + '</a>'.repeat(rng.chance(0.5) ? n : rng.int(0, n));
  },
  (rng) => `<y name="${'n'.repeat(rng.int(1, 1_200))}" d="${'d'.repeat(rng.int(1, 1_100_000))}"/>`,
  () => '<!DOCTYPE x [<!ENTITY e "&e;&e;">]>',
  () => '&#0;&#x110000;&#xD800;&bogus;&lt',
  () => '<![CDATA[ ]]> ]]> <!-- -- --> <?pi ?>',
  (rng) => String.fromCodePoint(rng.int(0, 0x10ffff)).repeat(rng.int(1, 64)),
  () => '\u0000\ufeff\u202e\u200c',
  (rng) => `{\\rtf1${'{'.repeat(rng.int(1, 1_500))}`,
  (rng) => `\\uc${rng.pick(['999999999', '-5', '11', '0'])} \\u${rng.int(-70000, 70000)}?`,
  (rng) => `\\bin${rng.int(0, 5_000_000)} `,
];

function flipBytes(bytes: Uint8Array, rng: Rng): [Uint8Array, string] {
  const out = bytes.slice();
  const n = rng.int(1, 8);
  for (let k = 0; k < n; k++) out[rng.int(0, out.length - 1)] = rng.int(0, 255);
  return [out, `flip ${n} bytes`];
}

function rawMutation(bytes: Uint8Array, rng: Rng): [Uint8Array, string] {
  const at = rng.int(0, bytes.length - 1);
  const len = rng.int(1, Math.min(4096, bytes.length - at));
  switch (rng.int(0, 4)) {
    case 0:
      return flipBytes(bytes, rng);
    case 1:
      return [bytes.subarray(0, at), `truncate at ${at}`];
    case 2: {
      const out = bytes.slice();
      out.fill(0, at, at + len);
      return [out, `zero ${len} bytes at ${at}`];
    }
    case 3: {
      const times = rng.int(2, 64);
      const chunk = bytes.subarray(at, at + len);
      const parts = [bytes.subarray(0, at), ...Array.from({ length: times }, () => chunk)];
      return [concat([...parts, bytes.subarray(at)]), `repeat ${len} bytes ×${times} at ${at}`];
    }
    default: {
      const noise = Uint8Array.from({ length: len }, () => rng.int(0, 255));
      return [
        concat([bytes.subarray(0, at), noise, bytes.subarray(at)]),
        `insert ${len} random bytes`,
      ];
    }
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A text-level mutation of one XML (or RTF) document. */
export function mutateText(text: string, rng: Rng): [string, string] {
  const at = rng.int(0, text.length);
  switch (rng.int(0, 4)) {
    case 0: {
      const snippet = rng.pick(SNIPPETS)(rng);
      // Often inside the markup, right after a tag, where a parser meets it.
      const tag = text.indexOf('>', at);
      const where = rng.chance(0.7) && tag >= 0 ? tag + 1 : at;
      return [
        text.slice(0, where) + snippet + text.slice(where),
        `insert ${snippet.length} chars of markup`,
      ];
    }
    case 1: {
      const len = rng.int(1, 2000);
      return [text.slice(0, at) + text.slice(at + len), `delete ${len} chars`];
    }
    case 2: {
      const len = rng.int(1, 400);
      const times = rng.int(2, 2000);
      const span = text.slice(at, at + len);
      return [
        text.slice(0, at) + span.repeat(times) + text.slice(at),
        `repeat ${len} chars ×${times}`,
      ];
    }
    case 3: {
      const numbers = ['-1', '0', '99999999999', '1e9', 'NaN', '4294967296', '٣'];
      let count = 0;
      const out = text.replace(/\d+/g, (d) =>
        rng.chance(0.05) ? (count++, rng.pick(numbers)) : d,
      );
      return [out, `replace ${count} numbers`];
    }
    default: {
      const chars = [...text.slice(at, at + 64)].reverse().join('');
      return [text.slice(0, at) + chars + text.slice(at + chars.length), 'reverse 64 chars'];
    }
  }
}

async function mutateEntry(base: SoakBase, rng: Rng): Promise<[Uint8Array, string]> {
  const zip = await JSZip.loadAsync(base.bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir);
  const xmlFirst = names.filter((n) => /\.(qde|xml)$/.test(n));
  const name = rng.chance(0.75) && xmlFirst.length > 0 ? rng.pick(xmlFirst) : rng.pick(names);
  const text = (await zip.file(name)?.async('string')) ?? '';
  const [changed, what] = mutateText(text, rng);
  zip.file(name, changed);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return [bytes, `${name}: ${what}`];
}

/** One mutation of one base, chosen by `rng`. */
export async function mutate(base: SoakBase, rng: Rng): Promise<SoakInput> {
  let bytes: Uint8Array;
  let mutation: string;
  if (base.kind === 'rtf') {
    if (rng.chance(0.5)) [bytes, mutation] = rawMutation(base.bytes, rng);
    else {
      const [text, what] = mutateText(new TextDecoder('latin1').decode(base.bytes), rng);
      bytes = Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
      mutation = what;
    }
  } else if (rng.chance(0.4)) [bytes, mutation] = rawMutation(base.bytes, rng);
  else [bytes, mutation] = await mutateEntry(base, rng);
  return { ...base, bytes, mutation };
}
