// Downloads of the thematic network map: the SVG with Vazirmatn embedded (so it opens the same in
// a browser, Inkscape or Word), and a 2× PNG drawn from that SVG on a canvas.
import type { NetworkLayout } from '../../../shared/analysis/network-layout';
import type { Result } from '../../../shared/model/snapshot';
import { networkSvg } from '../../../shared/report/network-svg';
import { getPlatform } from '../../platform/bridge';
import { svgToPng } from '../charts/chart-export';

let fontPromise: Promise<string | null> | undefined;
function vazirmatn(): Promise<string | null> {
  fontPromise ??= import('@fontsource/vazirmatn/files/vazirmatn-arabic-400-normal.woff2?inline')
    .then((m: { default: string }) => m.default)
    .catch(() => null);
  return fontPromise;
}

/** 2× for print, less for a very large map: browsers refuse canvases past about 16k pixels. */
function pngScale(layout: NetworkLayout): number {
  return Math.min(2, 8000 / Math.max(layout.width, layout.height, 1));
}

export async function downloadNetwork(
  layout: NetworkLayout,
  options: { readonly title: string; readonly lang: 'fa' | 'en'; readonly name: string },
  format: 'svg' | 'png',
): Promise<Result<{ saved: boolean }>> {
  try {
    const woff2 = await vazirmatn();
    const svg = networkSvg(layout, {
      title: options.title,
      lang: options.lang,
      font: woff2 ? { family: 'Vazirmatn', woff2 } : null,
    });
    const platform = getPlatform();
    const file = `${options.name}.${format}`;
    const r =
      format === 'svg'
        ? await platform.saveFile(file, `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, [
            { name: 'SVG image', extensions: ['svg'] },
          ])
        : await platform.saveFile(
            file,
            await svgToPng(svg, layout.width, layout.height, pngScale(layout)),
            [{ name: 'PNG image', extensions: ['png'] }],
          );
    return r.ok ? { ok: true, data: { saved: !r.data.canceled } } : r;
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}
