import { describe, expect, it } from 'vitest';
import { appOriginFor, isAppUrl, isTrustedSender, parseDevServerUrl } from './trusted-sender';

const index = '/opt/Mazmun/resources/app.asar/dist/renderer/index.html';
const fileApp = appOriginFor(null, index);
const devApp = appOriginFor('http://localhost:5173/', index);

describe('parseDevServerUrl', () => {
  it('accepts loopback http only', () => {
    expect(parseDevServerUrl('http://localhost:5173')).toBe('http://localhost:5173/');
    expect(parseDevServerUrl('http://127.0.0.1:5174/')).toBe('http://127.0.0.1:5174/');
    expect(parseDevServerUrl('https://evil.example/')).toBeNull();
    expect(parseDevServerUrl('http://192.168.1.5:5173/')).toBeNull();
    expect(parseDevServerUrl('file:///tmp/index.html')).toBeNull();
    expect(parseDevServerUrl('')).toBeNull();
    expect(parseDevServerUrl(undefined)).toBeNull();
  });
});

describe('isAppUrl', () => {
  it('accepts the built index with any hash or query', () => {
    expect(fileApp).toEqual({ kind: 'file', indexUrl: `file://${index}` });
    expect(isAppUrl(`file://${index}`, fileApp)).toBe(true);
    expect(isAppUrl(`file://${index}#/codes?x=1`, fileApp)).toBe(true);
    expect(isAppUrl(`file://${index}?lang=fa`, fileApp)).toBe(true);
  });
  it('refuses other files, other origins and junk', () => {
    expect(isAppUrl('file:///etc/passwd', fileApp)).toBe(false);
    expect(isAppUrl('file:///tmp/downloaded/index.html', fileApp)).toBe(false);
    expect(isAppUrl('https://example.org/', fileApp)).toBe(false);
    expect(isAppUrl('not a url', fileApp)).toBe(false);
    expect(isAppUrl('http://localhost:5173/src/main.tsx', devApp)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', devApp)).toBe(false);
    expect(isAppUrl(`file://${index}`, devApp)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });
  it('trusts only the top frame of the app', () => {
    expect(isTrustedSender(frame(`file://${index}`), fileApp)).toBe(true);
    expect(isTrustedSender(frame(`file://${index}`, {}), fileApp)).toBe(false);
    expect(isTrustedSender(frame('https://evil.example/'), fileApp)).toBe(false);
    expect(isTrustedSender({ senderFrame: null }, fileApp)).toBe(false);
  });
});
