// Builders for the importer tests: real .docx/.odt/UTF-16 files made in memory, so every
// test states its input instead of depending on an opaque binary fixture. Used by tests only.

import JSZip from 'jszip';

export function xmlEscape(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export interface DocxParagraph {
  readonly text: string;
  readonly bidi?: boolean;
  /** Text after a <w:br/> inside the same paragraph. */
  readonly afterBreak?: string;
  readonly bold?: boolean;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function docxDocumentXml(paragraphs: readonly DocxParagraph[]): string {
  const body = paragraphs
    .map((p) => {
      const ppr = p.bidi ? '<w:pPr><w:bidi/></w:pPr>' : '';
      const rpr = `${p.bold ? '<w:b/>' : ''}${p.bidi ? '<w:rtl/>' : ''}`;
      const run = (t: string): string =>
        `<w:r>${rpr ? `<w:rPr>${rpr}</w:rPr>` : ''}<w:t xml:space="preserve">${xmlEscape(t)}</w:t></w:r>`;
      const br = p.afterBreak !== undefined ? `<w:r><w:br/></w:r>${run(p.afterBreak)}` : '';
      return `<w:p>${ppr}${run(p.text)}${br}</w:p>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
}

export async function buildDocx(
  paragraphs: readonly DocxParagraph[],
  extra: Record<string, string | Uint8Array> = {},
): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file('word/document.xml', docxDocumentXml(paragraphs));
  for (const [path, content] of Object.entries(extra)) zip.file(path, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** content.xml of an .odt; each paragraph's inner XML is given raw so tests can use text:s etc. */
export async function buildOdt(
  paragraphsXml: readonly string[],
  /** `listStyles`: raw <text:list-style> elements for the automatic styles. */
  options: { rtl?: boolean; doctype?: string; listStyles?: string } = {},
): Promise<Uint8Array> {
  const zip = new JSZip();
  // The spec wants "mimetype" first and stored, which is how sniffing recognises an .odt.
  zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
  zip.file(
    'META-INF/manifest.xml',
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">' +
      '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>' +
      '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
  );
  const rtlStyle = options.rtl
    ? '<style:style style:name="P1" style:family="paragraph"><style:paragraph-properties style:writing-mode="rl-tb"/></style:style>'
    : '';
  const styles = rtlStyle + (options.listStyles ?? '');
  const style = styles ? `<office:automatic-styles>${styles}</office:automatic-styles>` : '';
  const body = paragraphsXml
    .map((p) =>
      p.startsWith('<text:h') || p.startsWith('<text:list')
        ? p
        : `<text:p text:style-name="P1">${p}</text:p>`,
    )
    .join('');
  zip.file(
    'content.xml',
    `<?xml version="1.0" encoding="UTF-8"?>${options.doctype ?? ''}<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0">${style}<office:body><office:text>${body}</office:text></office:body></office:document-content>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** UTF-16 bytes of `text`, with or without a byte-order mark. */
export function encodeUtf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const units = (bom ? '\ufeff' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    const [a, b] = endian === 'le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff];
    out[2 * i] = a;
    out[2 * i + 1] = b;
  }
  return out;
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/**
 * Rewrites the uncompressed size one zip entry declares (central directory and local headers), to
 * build a zip bomb that lies about its size. Assumes no archive comment (JSZip writes none).
 */
export function patchDeclaredSizes(zipBytes: Uint8Array, entry: string, size: number): Uint8Array {
  const out = zipBytes.slice();
  const dv = new DataView(out.buffer);
  const eocd = out.length - 22;
  if (dv.getUint32(eocd, true) !== 0x06054b50) throw new Error('no end of central directory');
  const count = dv.getUint16(eocd + 10, true);
  let at = dv.getUint32(eocd + 16, true);
  for (let k = 0; k < count; k++) {
    const nameLength = dv.getUint16(at + 28, true);
    const name = new TextDecoder().decode(out.subarray(at + 46, at + 46 + nameLength));
    if (name === entry) {
      dv.setUint32(at + 24, size, true);
      dv.setUint32(dv.getUint32(at + 42, true) + 22, size, true);
    }
    at += 46 + nameLength + dv.getUint16(at + 30, true) + dv.getUint16(at + 32, true);
  }
  return out;
}
