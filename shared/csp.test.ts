import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, cspForMeta } from './csp';

describe('content security policy', () => {
  it('keeps scripts to the app itself and forbids plugins and base changes', () => {
    const policy = new Map(CSP_DIRECTIVES);
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'none'");
  });

  it('leaves header-only directives out of the <meta> form', () => {
    expect(cspForMeta()).toContain("script-src 'self'");
    expect(cspForMeta()).not.toContain('frame-ancestors');
  });
});
