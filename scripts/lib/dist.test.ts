import { describe, expect, it, vi } from 'vitest';
import { distFailureSentence, runDist } from './dist.mjs';

// What electron-builder 26 throws when github.com cannot be resolved (got's RequestError).
function offlineError(): Error {
  return Object.assign(new Error('getaddrinfo ENOTFOUND github.com'), {
    name: 'RequestError',
    code: 'ENOTFOUND',
    stack: 'RequestError: getaddrinfo ENOTFOUND github.com\n    at ClientRequest.<anonymous> (…)',
  });
}

describe('runDist', () => {
  it('without network: one sentence saying what failed, why and what to do, and exit 1', async () => {
    const log = vi.fn();
    const code = await runDist({
      build: async () => 0,
      packageApp: () => Promise.reject(offlineError()),
      log,
    });
    expect(code).toBe(1);
    expect(log).toHaveBeenCalledTimes(1);
    const line = String(log.mock.calls[0]?.[0]);
    expect(line).not.toContain('\n');
    expect(line).not.toMatch(/\bat \S+ \(/);
    expect(line).toMatch(/^Mazmun's installers were not built: /);
    expect(line).toContain('github.com, which cannot be reached');
    expect(line).toContain('(getaddrinfo ENOTFOUND github.com)');
    expect(line).toMatch(/connect to the internet.*run npm run dist again\.$/);
  });

  it('stops after a failed build without packaging', async () => {
    const log = vi.fn();
    const packageApp = vi.fn(async () => undefined);
    expect(await runDist({ build: async () => 2, packageApp, log })).toBe(1);
    expect(packageApp).not.toHaveBeenCalled();
    expect(log.mock.calls).toEqual([
      ["Mazmun's installers were not built: npm run build failed (exit 2, see above)."],
    ]);
  });

  it('succeeds quietly', async () => {
    const log = vi.fn();
    expect(await runDist({ build: async () => 0, packageApp: async () => [], log })).toBe(0);
    expect(log).not.toHaveBeenCalled();
  });
});

describe('distFailureSentence', () => {
  it('names the host of a refused or timed-out download too', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:443'), {
      code: 'ECONNREFUSED',
      hostname: 'objects.githubusercontent.com',
    });
    expect(distFailureSentence(refused)).toContain('objects.githubusercontent.com, which');
  });
  it('gives any other failure as its first line, without a stack', () => {
    const e = new Error('Cannot find module dist-electron/main.cjs.\n  at something');
    expect(distFailureSentence(e)).toBe(
      "Mazmun's installers were not built: Cannot find module dist-electron/main.cjs.",
    );
  });
});
