import { describe, expect, it } from 'vitest';
import {
  INVOKE_CHANNELS,
  LIMITS,
  backupFileName,
  isInvokeChannel,
  isMenuCommand,
  isSafeExternalUrl,
  isSafeFileName,
  parseBackupFileName,
  validateArgs,
} from './ipc';

const docx = { name: 'Word', extensions: ['docx'] };
const uuid = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('isSafeExternalUrl', () => {
  it.each([
    'https://example.org/a?b=1#c',
    'http://localhost:8080/',
    'https://fa.wikipedia.org/wiki/مضمون',
  ])('accepts %s', (url) => expect(isSafeExternalUrl(url)).toBe(true));
  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<b>x</b>',
    'mailto:a@b.c',
    'vbscript:msgbox',
    'https://user:pw@example.org/',
    'https://bank.example@evil.example/',
    'not a url',
    '//example.org',
    'https://',
    `https://example.org/${'a'.repeat(LIMITS.maxUrlChars)}`,
  ])('rejects %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));
  it('rejects non-strings', () => {
    expect(isSafeExternalUrl(42)).toBe(false);
    expect(isSafeExternalUrl({ toString: () => 'https://example.org' })).toBe(false);
  });
});

describe('credentials (sync accounts)', () => {
  it('takes only keys named mazmun.sync.<project id> and short text values', () => {
    expect(validateArgs('credentials:get', { key: 'mazmun.sync.0f3a-b2' }).ok).toBe(true);
    expect(validateArgs('credentials:get', { key: 'mazmun.locale' }).ok).toBe(false);
    expect(validateArgs('credentials:get', { key: 'mazmun.sync.../../x' }).ok).toBe(false);
    expect(validateArgs('credentials:set', { key: 'mazmun.sync.p', value: 'x' }).ok).toBe(true);
    expect(validateArgs('credentials:set', { key: 'mazmun.sync.p', value: 7 }).ok).toBe(false);
    expect(
      validateArgs('credentials:set', { key: 'mazmun.sync.p', value: 'x'.repeat(4097) }).ok,
    ).toBe(false);
    expect(validateArgs('credentials:remove', 'mazmun.sync.p').ok).toBe(false);
  });
});

describe('channels and menu commands', () => {
  it('knows every channel and nothing else', () => {
    expect([...INVOKE_CHANNELS].sort()).toEqual([
      'app:getInfo',
      'backup:list',
      'backup:read',
      'backup:write',
      'credentials:get',
      'credentials:remove',
      'credentials:set',
      'dialog:openFiles',
      'dialog:saveFile',
      'report:savePdf',
      'shell:openExternal',
      'storage:freeSpace',
      'window:setTitle',
    ]);
    expect(isInvokeChannel('dialog:openFiles')).toBe(true);
    expect(isInvokeChannel('toString')).toBe(false);
    expect(isInvokeChannel('__proto__')).toBe(false);
  });
  it('recognizes menu commands', () => {
    expect(isMenuCommand('undo')).toBe(true);
    expect(isMenuCommand('rm -rf')).toBe(false);
    expect(isMenuCommand(undefined)).toBe(false);
  });
  it('refuses an unknown channel at run time', () => {
    const r = validateArgs('fs:readAnything' as 'app:getInfo', undefined);
    expect(r).toEqual({
      ok: false,
      reason: 'unknown channel fs:readAnything',
      error: { code: 'ipc.unknownChannel', params: { channel: 'fs:readAnything' } },
    });
  });
});

describe('backup file names', () => {
  it('round-trips a name', () => {
    const at = new Date(Date.UTC(2025, 0, 31, 9, 5, 7, 123));
    const name = backupFileName(uuid, at);
    expect(name).toBe(`${uuid}--2025-01-31T09-05-07-123Z.json`);
    expect(parseBackupFileName(name)).toEqual({ projectId: uuid, createdAt: at.toISOString() });
  });
  it.each([
    '../evil--2025-01-31T09-05-07-123Z.json',
    `${uuid}--2025-13-31T09-05-07-123Z.json`,
    `${uuid}--2025-01-31T09-05-07-123Z.json.exe`,
    `${uuid}--2025-01-31T09:05:07.123Z.json`,
    'x/y--2025-01-31T09-05-07-123Z.json',
  ])('rejects %s', (name) => expect(parseBackupFileName(name)).toBeNull());
});

describe('isSafeFileName', () => {
  it.each(['codes.csv', 'مضمون گزارش.xlsx', 'a b (2).qdpx'])('accepts %s', (n) =>
    expect(isSafeFileName(n)).toBe(true),
  );
  it.each(['', ' ', '..', '.', 'a/b.csv', 'a\\b.csv', 'C:evil', 'a\nb', 'x'.repeat(201)])(
    'rejects %j',
    (n) => expect(isSafeFileName(n)).toBe(false),
  );
});

describe('validateArgs', () => {
  it('copies valid openFiles arguments and drops unknown keys', () => {
    const r = validateArgs('dialog:openFiles', { filters: [docx], multiple: true, extra: 1 });
    expect(r).toEqual({ ok: true, data: { filters: [docx], multiple: true } });
  });
  it.each([
    [undefined, 'arguments must be an object', 'ipc.argsNotObject', {}],
    [[], 'arguments must be an object', 'ipc.argsNotObject', {}],
    [{ filters: 'docx', multiple: true }, 'filters must be a list', 'ipc.filtersNotList', {}],
    [
      { filters: [{ name: 'W', extensions: [] }], multiple: true },
      'filter "W" needs 1 to 50 extensions',
      'ipc.filterExtensionCount',
      { name: 'W', max: 50 },
    ],
    [
      { filters: [{ name: 'W', extensions: ['../x'] }], multiple: true },
      'filter "W" has a bad extension',
      'ipc.filterBadExtension',
      { name: 'W' },
    ],
    [
      { filters: [docx], multiple: 'yes' },
      'multiple must be true or false',
      'ipc.multipleNotBoolean',
      {},
    ],
  ])('refuses openFiles %j', (args, reason, code, params) => {
    // The English stays word for word (the main process logs it); the code is what views translate.
    expect(validateArgs('dialog:openFiles', args)).toEqual({
      ok: false,
      reason,
      error: { code, params },
    });
  });
  it('accepts text or bytes to save, and refuses paths or other data', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const good = validateArgs('dialog:saveFile', {
      suggestedName: 'a.csv',
      filters: [],
      data: bytes,
    });
    expect(good.ok && good.data.data).toBe(bytes);
    expect(
      validateArgs('dialog:saveFile', { suggestedName: 'a.csv', filters: [], data: 'x' }).ok,
    ).toBe(true);
    expect(
      validateArgs('dialog:saveFile', { suggestedName: '/etc/passwd', filters: [], data: 'x' }),
    ).toMatchObject({
      reason: 'suggestedName must be a bare file name',
      error: { code: 'ipc.badFileName' },
    });
    expect(
      validateArgs('dialog:saveFile', { suggestedName: 'a.csv', filters: [], data: [1, 2] }),
    ).toMatchObject({
      reason: 'data must be text or bytes',
      error: { code: 'ipc.dataNotTextOrBytes' },
    });
  });
  it('takes no arguments for app:getInfo', () => {
    expect(validateArgs('app:getInfo', undefined)).toEqual({ ok: true, data: undefined });
    expect(validateArgs('app:getInfo', { path: '/' })).toMatchObject({
      reason: 'app:getInfo takes no arguments',
      error: { code: 'ipc.takesNoArguments', params: { channel: 'app:getInfo' } },
    });
  });
  it('takes no arguments for storage:freeSpace (the main process picks the folder)', () => {
    expect(validateArgs('storage:freeSpace', undefined)).toEqual({ ok: true, data: undefined });
    expect(validateArgs('storage:freeSpace', { dir: '/' }).ok).toBe(false);
  });
  it('checks openExternal urls', () => {
    expect(validateArgs('shell:openExternal', { url: 'https://example.org' }).ok).toBe(true);
    expect(validateArgs('shell:openExternal', { url: 'file:///etc/passwd' })).toMatchObject({
      ok: false,
      reason: 'url must be an http(s) address',
      error: { code: 'ipc.badUrl' },
    });
  });
  it('checks backup arguments', () => {
    const good = { projectId: uuid, json: '{}', keep: 10 };
    expect(validateArgs('backup:write', good)).toEqual({ ok: true, data: good });
    expect(validateArgs('backup:write', { ...good, projectId: '../../x' }).ok).toBe(false);
    expect(validateArgs('backup:write', { ...good, json: '' }).ok).toBe(false);
    for (const keep of [0, 1.5, LIMITS.maxBackupKeep + 1, '3']) {
      expect(validateArgs('backup:write', { ...good, keep }).ok).toBe(false);
    }
    expect(validateArgs('backup:list', { projectId: null })).toEqual({
      ok: true,
      data: { projectId: null },
    });
    expect(validateArgs('backup:list', { projectId: 'a/b' }).ok).toBe(false);
    expect(validateArgs('backup:read', { name: '../../.ssh/id_rsa' }).ok).toBe(false);
    const name = backupFileName(uuid, new Date(0));
    expect(validateArgs('backup:read', { name })).toEqual({ ok: true, data: { name } });
  });
  it('checks window titles', () => {
    expect(validateArgs('window:setTitle', { title: 'مضمون — پروژه' }).ok).toBe(true);
    expect(validateArgs('window:setTitle', { title: 'a\u0007b' })).toEqual({
      ok: false,
      reason: 'title contains control characters',
      error: { code: 'ipc.controlCharacters', params: { field: 'title' } },
    });
    expect(
      validateArgs('window:setTitle', { title: 'x'.repeat(LIMITS.maxTitleChars + 1) }).ok,
    ).toBe(false);
  });
});
