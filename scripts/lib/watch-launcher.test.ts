import { describe, expect, it } from 'vitest';
import { commandOf, parentOf } from './watch-launcher.mjs';

// watchLauncher itself is exercised for real in scripts/start.test.ts (npm killed under it).
describe.skipIf(process.platform === 'win32')('the process tree readers', () => {
  it('read this process’s parent and program name', () => {
    expect(parentOf(process.pid)).toBe(process.ppid);
    expect(commandOf(process.pid)).toMatch(/node|vitest/);
  });
  it('give nothing for a process that does not exist', () => {
    expect(parentOf(2 ** 22 + 12345)).toBeNull();
    expect(commandOf(2 ** 22 + 12345)).toBe('');
  });
});
