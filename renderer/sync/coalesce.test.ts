import { describe, expect, it } from 'vitest';
import { coalesce } from './coalesce';

/** A read the test finishes by hand. */
function manual() {
  const pending: (() => void)[] = [];
  let started = 0;
  const read = () => {
    started++;
    return new Promise<void>((resolve) => pending.push(resolve));
  };
  const finish = async () => {
    pending.shift()?.();
    // Let the finally callback run.
    await new Promise((r) => setTimeout(r, 0));
  };
  return { read, finish, started: () => started };
}

describe('coalesce', () => {
  it('runs one read at a time and exactly one more for any number of requests meanwhile', async () => {
    const m = manual();
    const trigger = coalesce(m.read, () => true);
    trigger();
    trigger();
    trigger();
    trigger();
    expect(m.started()).toBe(1);
    await m.finish();
    expect(m.started()).toBe(2);
    await m.finish();
    expect(m.started()).toBe(2);
  });

  it('asks for no more once told to stop', async () => {
    const m = manual();
    let going = true;
    const trigger = coalesce(m.read, () => going);
    trigger();
    trigger();
    going = false;
    await m.finish();
    expect(m.started()).toBe(1);
  });

  it('goes on after a failed read', async () => {
    let calls = 0;
    const trigger = coalesce(
      () => {
        calls++;
        return Promise.reject(new Error('replica closed'));
      },
      () => true,
    );
    trigger();
    await new Promise((r) => setTimeout(r, 0));
    trigger();
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toBe(2);
  });
});
