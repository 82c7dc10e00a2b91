import { describe, expect, it } from 'vitest';
import { storageFailureKind } from './storage-errors';

describe('storageFailureKind', () => {
  it('recognises a quota error, also wrapped as the inner error of an aborted transaction', () => {
    const quota = Object.assign(new Error('The quota has been exceeded.'), {
      name: 'QuotaExceededError',
    });
    expect(storageFailureKind(quota)).toBe('quota');
    const abort = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: quota,
    });
    expect(storageFailureKind(abort)).toBe('quota');
  });

  it('tells a version error from anything else', () => {
    expect(storageFailureKind(Object.assign(new Error('x'), { name: 'VersionError' }))).toBe(
      'version',
    );
    expect(storageFailureKind(new Error('ConstraintError'))).toBe('other');
    expect(storageFailureKind(null)).toBe('other');
  });
});
