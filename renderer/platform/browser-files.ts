// Browser stand-ins for the native file dialogs: a hidden <input type=file> to open, and a
// Blob behind <a download> to save.
import type { FileFilter, OpenFilesResponse, OpenedFile, SkippedFile } from '../../shared/ipc';
import { LIMITS } from '../../shared/ipc';

/** The `accept` attribute for filters; empty (anything) when a filter allows "*". */
export function acceptFor(filters: readonly FileFilter[]): string {
  const exts = filters.flatMap((f) => f.extensions);
  if (exts.length === 0 || exts.includes('*')) return '';
  return [...new Set(exts.map((e) => `.${e.toLowerCase()}`))].join(',');
}

type FileLike = Pick<File, 'name' | 'size' | 'arrayBuffer'>;

export async function readPickedFiles(picked: readonly FileLike[]): Promise<OpenFilesResponse> {
  if (picked.length === 0) return { canceled: true };
  const files: OpenedFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const f of picked) {
    if (f.size > LIMITS.maxFileBytes) {
      skipped.push({ name: f.name, reason: 'file is too large' });
      continue;
    }
    try {
      files.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
    } catch {
      skipped.push({ name: f.name, reason: 'file could not be read' });
    }
  }
  return { canceled: false, files, skipped };
}

/** Opens the browser's file picker; resolves canceled when the user closes it. */
export function pickFiles(
  doc: Document,
  filters: readonly FileFilter[],
  multiple: boolean,
): Promise<OpenFilesResponse> {
  return new Promise((resolve, reject) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    const accept = acceptFor(filters);
    if (accept) input.accept = accept;
    input.style.display = 'none';
    const done = (): void => input.remove();
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []);
      done();
      readPickedFiles(files).then(resolve, reject);
    });
    // The 'cancel' event: Chromium 113+, Firefox 91+, Safari 16.4+.
    input.addEventListener('cancel', () => {
      done();
      resolve({ canceled: true });
    });
    doc.body.append(input);
    input.click();
  });
}

/** Starts a download; the browser, not the page, decides where the file goes. */
export function downloadFile(
  doc: Document,
  urls: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>,
  name: string,
  data: Uint8Array | string,
): void {
  const blob =
    typeof data === 'string'
      ? new Blob([data], { type: 'text/plain;charset=utf-8' })
      : new Blob([new Uint8Array(data)], { type: 'application/octet-stream' });
  const href = urls.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = href;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; give it a moment.
  setTimeout(() => urls.revokeObjectURL(href), 10_000);
}
