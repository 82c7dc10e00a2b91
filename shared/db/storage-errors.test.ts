import { describe, expect, it } from 'vitest';
import { isDiskFull, storageFailureKind } from './storage-errors';

const named = (name: string, message = ''): Error => Object.assign(new Error(message), { name });

describe('storageFailureKind', () => {
  it('recognises a quota error, also wrapped as the inner error of an aborted transaction', () => {
    const quota = named('QuotaExceededError', 'The quota has been exceeded.');
    expect(storageFailureKind(quota)).toBe('quota');
    expect(storageFailureKind(Object.assign(named('AbortError'), { inner: quota }))).toBe('quota');
  });

  it.each([
    [
      'UnknownError',
      'Connection is closing because of: IO error: …/000007.ldb: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)',
    ],
    ['QuotaExceededError', 'Encountered full disk while opening backing store for indexedDB.open.'],
    ['UnknownError', 'Encountered full disk while opening backing store for indexedDB.open.'],
    ['DataError', 'Failed to write blobs (IOError)'],
    ['UnknownError', 'IO error: /profile/000012.log: No space left on device'],
    ['Error', 'ENOSPC: no space left on device, write'],
    ['UnknownError', 'NS_ERROR_FILE_NO_DEVICE_SPACE'],
    ['UnknownError', 'There is not enough space on the disk.'],
  ])('reads %s "%s" as a full disk', (name, message) => {
    expect(storageFailureKind(named(name, message))).toBe('quota');
  });

  it('finds a full disk among the failures of a BulkError (which Dexie words as a clash)', () => {
    const bulk = Object.assign(named('BulkError', 'Table.bulkAdd(): 2 of 500 operations failed.'), {
      failures: [
        named('ConstraintError', 'Key already exists'),
        named('UnknownError', 'FILE_ERROR_NO_SPACE'),
      ],
      failuresByPos: {},
    });
    expect(isDiskFull(bulk)).toBe(true);
    const byPos = Object.assign(named('BulkError'), {
      failuresByPos: { 7: named('QuotaExceededError') },
    });
    expect(isDiskFull(byPos)).toBe(true);
  });

  it('a real clash, a version error and anything else are not a full disk', () => {
    const clash = Object.assign(named('BulkError', 'Table.bulkAdd(): 1 of 3 operations failed.'), {
      failures: [named('ConstraintError', 'Key already exists in the object store.')],
    });
    expect(storageFailureKind(clash)).toBe('other');
    expect(storageFailureKind(named('VersionError', 'x'))).toBe('version');
    expect(
      storageFailureKind(Object.assign(named('AbortError'), { inner: named('VersionError') })),
    ).toBe('version');
    expect(storageFailureKind(new Error('ConstraintError'))).toBe('other');
    expect(storageFailureKind(null)).toBe('other');
    expect(storageFailureKind('a string')).toBe('other');
  });

  it('survives an error that wraps itself', () => {
    const loop: { name: string; inner?: unknown } = { name: 'AbortError' };
    loop.inner = loop;
    expect(storageFailureKind(loop)).toBe('other');
  });
});
