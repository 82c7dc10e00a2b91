// Prints a self-contained HTML report to PDF. The report is data, not an app page: it is shown
// in a hidden window with JavaScript off and no preload, loaded from a temporary file (a data:
// URL has a size limit), and the window is destroyed whatever happens.
import { BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PRINT_WINDOW_PREFERENCES = {
  javascript: false,
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  webSecurity: true,
} as const;

export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'mazmun-report-'));
  const file = join(dir, 'report.html');
  const win = new BrowserWindow({ show: false, webPreferences: { ...PRINT_WINDOW_PREFERENCES } });
  try {
    await writeFile(file, html, 'utf8');
    await win.loadFile(file);
    const pdf = await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    win.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}
