// The report's stylesheet: logical properties only (the same CSS serves dir="rtl" and "ltr"),
// and a print stylesheet so the browser's "Print → Save as PDF" (or Electron's printToPDF)
// gives a clean document: each root theme's passages start on a new page.
import { escapeHtml } from './escape';

export interface EmbeddedFont {
  readonly family: string;
  /** The WOFF2 bytes in base64, or a data: URL holding them. */
  readonly woff2: string;
}

const BASE64_RE = /^[A-Za-z0-9+/]+=*$/;

/** An @font-face rule, or '' when the data is not plain base64 (nothing else enters the CSS). */
export function fontFace(font: EmbeddedFont): string {
  const base64 = font.woff2.replace(/^data:[a-z0-9/+.-]+;base64,/i, '');
  if (!BASE64_RE.test(base64) || !/^[\p{L}\p{N} _-]+$/u.test(font.family)) return '';
  return (
    `@font-face{font-family:"${escapeHtml(font.family)}";font-style:normal;font-weight:100 900;` +
    `font-display:swap;src:url(data:font/woff2;base64,${base64}) format("woff2");}`
  );
}

export function reportCss(fontFamily: string | null): string {
  const family = fontFamily ? `"${fontFamily}", ` : '';
  return `
:root{color-scheme:light;--ink:#1f2430;--muted:#5b6272;--line:#d9dce3;--soft:#f4f5f8;--accent:#2d5b8a}
*{box-sizing:border-box}
body{margin:0;font-family:${family}"Vazirmatn","Segoe UI",Tahoma,system-ui,sans-serif;color:var(--ink);line-height:1.7;background:#fff}
main{max-width:60rem;margin-inline:auto;padding:2rem 1.5rem 4rem}
h1{font-size:1.7rem;margin-block:0 .25rem;line-height:1.4}
h2{font-size:1.3rem;margin-block:2.5rem 1rem;padding-block-end:.35rem;border-block-end:2px solid var(--accent);color:var(--accent)}
h3{font-size:1.1rem;margin-block:1.5rem .5rem}
h4{font-size:1rem;margin-block:1.25rem .5rem}
p.lead{color:var(--muted);margin-block:0 1rem}
.summary{display:grid;grid-template-columns:repeat(auto-fit,minmax(8rem,1fr));gap:.75rem;margin:1rem 0}
.summary div{background:var(--soft);border-radius:.5rem;padding:.6rem .9rem}
.summary dt{font-size:.8rem;color:var(--muted)}
.summary dd{margin:0;font-size:1.35rem;font-weight:700;font-variant-numeric:tabular-nums}
.summary dd.date{font-size:1rem;font-weight:600}
.note{font-size:.85rem;color:var(--muted)}
.swatch{display:inline-block;inline-size:.8em;block-size:.8em;border-radius:.2em;margin-inline-end:.45em;vertical-align:baseline}
.codebook article{border-inline-start:3px solid var(--line);padding-inline-start:.9rem;margin-block:.9rem}
.codebook article h3{margin:0;font-size:1rem}
.codebook dl{margin:.25rem 0 0;display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem}
.codebook dt{color:var(--muted);font-size:.85rem}
.codebook dd{margin:0;white-space:pre-wrap;justify-self:start}
.level{font-size:.75rem;font-weight:400;color:var(--muted);margin-inline-start:.5rem}
table{border-collapse:collapse;inline-size:100%;font-size:.92rem}
th,td{padding:.4rem .6rem;border-block-end:1px solid var(--line);text-align:start;vertical-align:top}
thead th{background:var(--soft);font-weight:600}
td.num,th.num{text-align:end;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.global td{font-weight:700;background:#eef2f8}
tr.organizing td{font-weight:600}
tfoot td{font-weight:700;border-block-start:2px solid var(--ink)}
figure{margin:1.5rem 0}
figure svg{max-inline-size:100%;block-size:auto}
figure svg .value{fill:var(--muted)}
figcaption{font-weight:600;margin-block-end:.5rem}
.passages section.theme{margin-block-start:1.5rem}
.passages ol{list-style:none;padding:0;margin:0}
.passages li{margin-block:.6rem;padding:.6rem .9rem;background:var(--soft);border-radius:.4rem;border-inline-start:3px solid var(--accent)}
.passages blockquote{margin:0;white-space:pre-wrap}
.passages mark{background:#fff1b8;color:inherit;padding-inline:.1em}
.passages .context{color:var(--muted)}
.passages cite{display:block;font-style:normal;font-size:.8rem;color:var(--muted);margin-block-start:.3rem}
footer{margin-block-start:3rem;font-size:.8rem;color:var(--muted)}
@media print{
  @page{margin:18mm 16mm}
  body{font-size:10.5pt}
  main{max-width:none;padding:0}
  h2{break-after:avoid}
  h3,h4{break-after:avoid}
  tr,li,figure,.codebook article{break-inside:avoid}
  thead{display:table-header-group}
  .passages section.theme{break-before:page}
  section.charts{break-before:page}
  .summary div,.passages li,thead th,tr.global td{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`.trim();
}
