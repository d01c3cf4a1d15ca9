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
const xmlText = (value: string) => value.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
/** IIS: the site-wide <customHeaders>, before any <location> (which only changes Cache-Control). */
const iis = (text: string) => {
  const site = text.replace(/<!--[\s\S]*?-->/g, '').split('<location')[0]!;
  const block = site.match(/<customHeaders>([\s\S]*?)<\/customHeaders>/)![1]!;
  return new Map([...block.matchAll(/<add\s+name="([\w-]+)"\s+value="([^"]*)"\s*\/>/g)].map((m) => [m[1]!, xmlText(m[2]!)]));
};
const azure = (text: string) => new Map(Object.entries((JSON.parse(text) as { globalHeaders: Record<string, string> }).globalHeaders));

/** File types IIS answers 404 for until it is told their MIME type: without them search and the manifest fail. */
const TYPES_IIS_REFUSES = ['.pf_fragment', '.pf_index', '.pf_meta', '.pf_filter', '.pagefind', '.webmanifest', '.wasm'];

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
    ['deploy/web.config', iis],
    ['deploy/staticwebapp.config.json', azure],
  ] as const)('%s sends exactly these headers', (file, read) => {
    const sent = read(readFileSync(file, 'utf8'));
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(sent.get(name), `${file}: ${name}`).toBe(value);
  });

  it.each(['deploy/nginx.conf', 'deploy/_headers', 'deploy/apache.htaccess', 'deploy/web.config', 'deploy/staticwebapp.config.json'])('%s keeps hashed build files for a year', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(CACHE_IMMUTABLE);
    expect(text).toMatch(/_astro/);
  });

  it('deploy/web.config gives IIS a MIME type for every file type it refuses, and keeps hashed folders a year', () => {
    const text = readFileSync('deploy/web.config', 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    const types = new Map([...text.matchAll(/<mimeMap\s+fileExtension="([^"]+)"\s+mimeType="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
    for (const ext of TYPES_IIS_REFUSES) {
      expect(types.get(ext), ext).toBeTruthy();
      // A duplicate mimeMap is a configuration error on a server that already knows the type.
      expect(text, ext).toContain(`<remove fileExtension="${ext}" />`);
    }
    expect(types.get('.wasm')).toBe('application/wasm');
    expect(types.get('.webmanifest')).toBe('application/manifest+json');
    for (const folder of ['_astro', 'pagefind/fragment', 'pagefind/index']) {
      const block = text.split(`<location path="${folder}">`)[1]?.split('</location>')[0] ?? '';
      expect(block, folder).toContain(`value="${CACHE_IMMUTABLE}"`);
    }
    expect(text).toMatch(/<error statusCode="404" path="\/404\.html"/);
  });

  it('deploy/staticwebapp.config.json gives Azure the same MIME types, cache rules and 404 page', () => {
    const swa = JSON.parse(readFileSync('deploy/staticwebapp.config.json', 'utf8')) as {
      routes: { route: string; headers?: Record<string, string> }[];
      mimeTypes: Record<string, string>;
      responseOverrides: Record<string, { rewrite: string; statusCode?: number }>;
    };
    for (const ext of TYPES_IIS_REFUSES) expect(swa.mimeTypes[ext], ext).toBeTruthy();
    const immutable = swa.routes.filter((r) => r.headers?.['Cache-Control'] === CACHE_IMMUTABLE).map((r) => r.route);
    expect(immutable).toEqual(['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*']);
    expect(swa.responseOverrides['404']).toEqual({ rewrite: '/404.html', statusCode: 404 });
  });
});
