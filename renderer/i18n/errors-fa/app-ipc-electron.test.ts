// The coded refusals of the app's own layers (hooks, worker, browser platform), the IPC validators
// and the main process, produced by the real code paths and translated by code.
import { describe, expect, it } from 'vitest';
import { validateArgs } from '../../../shared/ipc';
import { appError, refuse } from '../../../shared/errors';
import { translateFailure } from '../errors';
import { FSI, PDI } from '../reason-tools';

describe('app, IPC and main-process refusals in Persian', () => {
  it('words the worker and platform refusals, keeping a name whole', () => {
    expect(translateFailure(refuse('app.canceled'), 'fa')).toBe('لغو شد: چیزی نوشته نشد.');
    expect(translateFailure(refuse('app.backupNotFound', { name: 'p-1.mazmun.json' }), 'fa')).toBe(
      `پشتیبان «${FSI}p-1.mazmun.json${PDI}» پیدا نشد`,
    );
    const crashed = refuse('app.workerStopped', { detail: 'Out of memory' });
    expect(crashed.reason).toBe(
      'The background work stopped unexpectedly; nothing was written. (Out of memory)',
    );
    expect(translateFailure(crashed, 'fa')).toContain(`(${FSI}Out of memory${PDI})`);
  });

  it("translates a validator's refusal nested in the main process's wrapper, digits in Persian", () => {
    const inner = validateArgs('window:setTitle', { title: 'x'.repeat(1000) });
    if (inner.ok || inner.error === undefined) throw new Error('expected a coded refusal');
    const wrapped = appError('electron.badRequest', {
      channel: 'window:setTitle',
      error: inner.error,
    });
    const fa = translateFailure(wrapped, 'fa');
    expect(fa).toContain(`«${FSI}window:setTitle${PDI}»`);
    expect(fa).toContain('بلندتر از');
    expect(fa).not.toMatch(/[0-9]/);
    expect(translateFailure(wrapped, 'en')).toMatch(/^window:setTitle: title is longer than \d+/);
  });
});
