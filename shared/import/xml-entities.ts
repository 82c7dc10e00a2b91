// The one decoder of XML character references, for every reader of XML and of mammoth's HTML.
// No DTD is ever read (see xml-scan.ts and shared/exchange/xml-read.ts), so only the five
// predefined entities and numeric references exist; anything else stays as written.

const PREDEFINED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

export function decodeXmlEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const cp = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    // Own keys only: "&valueOf;" must stay text, not reach Object.prototype.
    return Object.hasOwn(PREDEFINED, body) ? (PREDEFINED[body] as string) : whole;
  });
}
