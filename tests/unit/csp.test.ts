import { describe, expect, it } from 'vitest';
import { cspHeader, cspMeta } from '../../src/lib/csp';

describe('Content-Security-Policy', () => {
  it('allows nothing inline and nothing from elsewhere', () => {
    for (const policy of [cspHeader(), cspMeta()]) {
      expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
      expect(policy).toMatch(/default-src 'self'/);
      expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
      expect(policy).toMatch(/style-src 'self'(;|$)/);
    }
  });
  it('keeps frame-ancestors out of the meta policy, where browsers ignore it', () => {
    expect(cspHeader()).toContain("frame-ancestors 'none'");
    expect(cspMeta()).not.toContain('frame-ancestors');
  });
});
