/**
 * The security headers every copy of the site is served with: the one list that deploy/nginx.conf,
 * deploy/_headers, deploy/apache.htaccess, the test server and the <meta> policy in each page all carry
 * (tests/unit/security-headers.test.ts holds the deploy files to it).
 *
 * The site has no inline script or style (Astro's inlining is off), so the policy needs no 'unsafe-inline'.
 * Pagefind runs WebAssembly ('wasm-unsafe-eval') and a worker from this site; the service worker is 'self' too.
 */

export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a browser ignores (and warns about) in a <meta> policy: they only work as a header. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** The same policy for a <meta http-equiv> tag, for hosts that cannot send headers (GitHub Pages, plain buckets). */
export const META_CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name))
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // Full address within the site, nothing to other sites: a search query never leaves with a click.
  'Referrer-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  // frame-ancestors for browsers too old to read it.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Cache rules: hashed build assets for a year, everything else checked with the server on each use. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';
