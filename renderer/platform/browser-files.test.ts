import { describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../../shared/ipc';
import { acceptFor, downloadFile, pickFiles, readPickedFiles } from './browser-files';

const file = (name: string, bytes: number[], size = bytes.length) => ({
  name,
  size,
  arrayBuffer: async () => new Uint8Array(bytes).buffer,
});

/** Just enough of a Document for the hidden input and the download link. */
function fakeDocument() {
  const appended: Record<string, unknown>[] = [];
  const make = (tag: string) => {
    const listeners = new Map<string, () => void>();
    const el: Record<string, unknown> = {
      tag,
      style: {},
      files: null,
      click: vi.fn(),
      remove: vi.fn(),
      addEventListener: (n: string, l: () => void) => listeners.set(n, l),
      fire: (n: string) => listeners.get(n)?.(),
    };
    return el;
  };
  const doc = {
    createElement: make,
    body: { append: (el: Record<string, unknown>) => appended.push(el) },
  };
  return { doc: doc as unknown as Document, appended };
}

describe('acceptFor', () => {
  it('lists extensions once, or nothing for "*"', () => {
    expect(
      acceptFor([
        { name: 'W', extensions: ['docx', 'DOCX'] },
        { name: 'T', extensions: ['txt'] },
      ]),
    ).toBe('.docx,.txt');
    expect(acceptFor([{ name: 'Any', extensions: ['*'] }])).toBe('');
    expect(acceptFor([])).toBe('');
  });
});

describe('readPickedFiles', () => {
  it('reads bytes and skips files over the limit', async () => {
    const r = await readPickedFiles([
      file('a.txt', [104, 105]),
      file('big.txt', [], LIMITS.maxFileBytes + 1),
    ]);
    expect(r).toEqual({
      canceled: false,
      files: [{ name: 'a.txt', bytes: new Uint8Array([104, 105]) }],
      skipped: [{ name: 'big.txt', reason: 'file is too large' }],
    });
    expect(await readPickedFiles([])).toEqual({ canceled: true });
  });
});

describe('pickFiles', () => {
  it('resolves with the chosen files', async () => {
    const { doc, appended } = fakeDocument();
    const p = pickFiles(doc, [{ name: 'T', extensions: ['txt'] }], false);
    const input = appended[0] as Record<string, unknown> & { fire: (n: string) => void };
    expect(input).toMatchObject({ type: 'file', multiple: false, accept: '.txt' });
    expect(input.click).toHaveBeenCalledOnce();
    input.files = [file('x.txt', [1])];
    input.fire('change');
    expect(await p).toEqual({
      canceled: false,
      files: [{ name: 'x.txt', bytes: new Uint8Array([1]) }],
      skipped: [],
    });
    expect(input.remove).toHaveBeenCalled();
  });
  it('resolves canceled when the picker is closed', async () => {
    const { doc, appended } = fakeDocument();
    const p = pickFiles(doc, [], true);
    (appended[0] as { fire: (n: string) => void }).fire('cancel');
    expect(await p).toEqual({ canceled: true });
  });
});

describe('downloadFile', () => {
  it('clicks a download link for a blob and revokes it later', async () => {
    vi.useFakeTimers();
    const { doc, appended } = fakeDocument();
    const urls = { createObjectURL: vi.fn((_blob: Blob) => 'blob:1'), revokeObjectURL: vi.fn() };
    downloadFile(doc, urls, 'codes.csv', 'a,b');
    const a = appended[0] as Record<string, unknown>;
    expect(a).toMatchObject({ tag: 'a', href: 'blob:1', download: 'codes.csv' });
    expect(a.click).toHaveBeenCalledOnce();
    const blob = urls.createObjectURL.mock.calls[0]?.[0] as Blob;
    expect(await blob.text()).toBe('a,b');
    expect(urls.revokeObjectURL).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(urls.revokeObjectURL).toHaveBeenCalledWith('blob:1');
    vi.useRealTimers();
  });
});
