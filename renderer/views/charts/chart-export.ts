// Exports a chart as a stand-alone SVG file or a 2× PNG. The SVG is made self-contained (xmlns,
// the interface font named inline, text styles copied from CSS, a white background) so it opens
// the same in a browser, Inkscape or Word, away from the app's stylesheet.
import type { Result } from '../../../shared/model/snapshot';
import { getPlatform } from '../../platform/bridge';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The largest <svg> inside `root`: the chart surface, not an icon beside it. */
export function findChartSvg(root: Element): SVGSVGElement | null {
  let best: SVGSVGElement | null = null;
  let area = 0;
  for (const svg of root.querySelectorAll('svg')) {
    const r = svg.getBoundingClientRect();
    if (r.width * r.height > area) {
      area = r.width * r.height;
      best = svg;
    }
  }
  return best;
}

const TEXT_STYLES = ['fill', 'font-size', 'font-weight', 'direction', 'unicode-bidi'] as const;

/** Serializes `svg` with its namespace, size, font and a white background. */
export function serializeSvg(svg: SVGSVGElement): {
  markup: string;
  width: number;
  height: number;
} {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  clone.setAttribute('width', String(Math.round(width)));
  clone.setAttribute('height', String(Math.round(height)));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const font = getComputedStyle(svg).fontFamily || 'Vazirmatn, sans-serif';
  clone.setAttribute('font-family', font);
  clone.style.fontFamily = font;
  // Text styled by the stylesheet (sizes, colours) would lose it outside the app: inline it.
  const originals = svg.querySelectorAll('text');
  clone.querySelectorAll('text').forEach((node, k) => {
    const source = originals[k];
    if (!source) return;
    const cs = getComputedStyle(source);
    for (const p of TEXT_STYLES) {
      const v = cs.getPropertyValue(p);
      if (v && !node.style.getPropertyValue(p)) node.style.setProperty(p, v);
    }
  });
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  clone.insertBefore(bg, clone.firstChild);
  const markup = new XMLSerializer().serializeToString(clone);
  return { markup: `<?xml version="1.0" encoding="UTF-8"?>\n${markup}`, width, height };
}

/** Draws the SVG onto a canvas at `scale`× and encodes it as PNG. */
export async function svgToPng(
  markup: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Uint8Array> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the PNG could not be encoded');
  return new Uint8Array(await blob.arrayBuffer());
}

/** Saves through the platform: the native dialog on the desktop, a download in the browser. */
export async function exportChart(
  svg: SVGSVGElement,
  name: string,
  format: 'svg' | 'png',
): Promise<Result<{ saved: boolean }>> {
  try {
    const { markup, width, height } = serializeSvg(svg);
    const platform = getPlatform();
    const r =
      format === 'svg'
        ? await platform.saveFile(name, markup, [{ name: 'SVG image', extensions: ['svg'] }])
        : await platform.saveFile(name, await svgToPng(markup, width, height), [
            { name: 'PNG image', extensions: ['png'] },
          ]);
    return r.ok ? { ok: true, data: { saved: !r.data.canceled } } : r;
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}
