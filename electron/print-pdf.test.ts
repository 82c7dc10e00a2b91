import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: { options: unknown; destroy: ReturnType<typeof vi.fn>; loaded: string[] }[] = [];
let failPrint = false;

vi.mock('electron', () => ({
  BrowserWindow: class {
    webContents = {
      printToPDF: vi.fn(async () => {
        if (failPrint) throw new Error('printer on fire');
        return Buffer.from('%PDF-1.7');
      }),
    };
    destroy = vi.fn();
    loaded: string[] = [];
    constructor(options: unknown) {
      created.push({ options, destroy: this.destroy, loaded: this.loaded });
    }
    async loadFile(path: string) {
      this.loaded.push(path);
    }
  },
}));

const { printHtmlToPdf, PRINT_WINDOW_PREFERENCES } = await import('./print-pdf');

describe('printHtmlToPdf', () => {
  beforeEach(() => {
    created.length = 0;
    failPrint = false;
  });

  it('prints in a hidden window with scripts off and destroys it', async () => {
    const pdf = await printHtmlToPdf('<p>گزارش</p><script>alert(1)</script>');
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7');
    expect(created).toHaveLength(1);
    expect(created[0]?.options).toEqual({ show: false, webPreferences: PRINT_WINDOW_PREFERENCES });
    expect(PRINT_WINDOW_PREFERENCES.javascript).toBe(false);
    expect(created[0]?.destroy).toHaveBeenCalledOnce();
  });

  it('destroys the window when printing fails', async () => {
    failPrint = true;
    await expect(printHtmlToPdf('<p>x</p>')).rejects.toThrow('printer on fire');
    expect(created[0]?.destroy).toHaveBeenCalledOnce();
  });
});
