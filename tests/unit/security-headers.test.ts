/** One set of security headers everywhere: the deploy files carry exactly what src/core/security-headers.ts says. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CACHE_IMMUTABLE,
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
} from '../../src/core/security-headers.ts';

const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));

/** Header name → value, as each kind of file writes them. */
const nginx = (text: string) =>
  new Map([...text.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"\s+always;/gm)].map((m) => [m[1]!, m[2]!]));
const netlify = (text: string) => {
  const block = text.split(/^\/\*\s*$/m)[1]!.split(/^\s*$/m)[0]!;
  return new Map([...block.matchAll(/^\s+([\w-]+):\s*(.+)$/gm)].map((m) => [m[1]!, m[2]!.trim()]));
};
const apache = (text: string) => new Map([...text.matchAll(/^\s*Header always set ([\w-]+) "([^"]*)"/gm)].map((m) => [m[1]!, m[2]!]));

describe('the security headers', () => {
  it('allow no inline script or style and no eval, only WebAssembly for search', () => {
    const csp = directives(CONTENT_SECURITY_POLICY);
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('worker-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|'unsafe-eval'|\*|https?:|data:|blob:/);
  });

  it('puts the same policy in each page, less what only works as a header', () => {
    expect(directives(META_CONTENT_SECURITY_POLICY).has('frame-ancestors')).toBe(false);
    expect(CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });

  it('includes the headers the issue asks for', () => {
    expect(Object.keys(SECURITY_HEADERS)).toEqual(
      expect.arrayContaining(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']),
    );
  });

  it.each([
    ['deploy/nginx.conf', nginx],
    ['deploy/_headers', netlify],
    ['deploy/apache.htaccess', apache],
  ] as const)('%s sends exactly these headers', (file, read) => {
    const sent = read(readFileSync(file, 'utf8'));
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(sent.get(name), `${file}: ${name}`).toBe(value);
  });

  it.each(['deploy/nginx.conf', 'deploy/_headers', 'deploy/apache.htaccess'])('%s keeps hashed build files for a year', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(CACHE_IMMUTABLE);
    expect(text).toMatch(/_astro/);
  });
});
