/** What a printed self-assessment sheet needs beyond the framework: the rating scale and QR codes. */
import QRCode from 'qrcode';

export { RATINGS } from './ratings.ts';

/** A QR code as inline SVG (no style attributes, so a strict CSP allows it). */
export async function qrSvg(url: string): Promise<string> {
  // qrcode mutates the options object it is given: pass a fresh one each time.
  const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}

/** Drops the scheme so the printed address is short enough to type: "learning.example.org/c/BND-03/". */
export function shortAddress(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

/** The address of the pack of every domain: /sheets/all/. */
export const PACK = 'all';

/** A domain's observation record lives below its sheet: /sheets/<domain>/observation/, its PDF beside it. */
export const OBSERVATION = 'observation';

/** The observation record of a domain (by its file name): "sheets/boundaries/observation/". */
export function observationPath(domainSlug: string): string {
  return `sheets/${domainSlug}/${OBSERVATION}/`;
}

/** Its PDF, beside it as each sheet's is: "sheets/boundaries/observation.pdf". */
export function observationPdfPath(domainSlug: string): string {
  return `sheets/${domainSlug}/${OBSERVATION}.pdf`;
}

/** An observation's outcome: met, or not yet (never "failed": it is a step in learning). */
export const OUTCOMES = ['Met', 'Not yet met'] as const;

/** The sign-off page for the whole framework: /sheets/sign-off/ (a domain cannot take the name). */
export const SIGN_OFF = 'sign-off';

/**
 * The pack of every domain is printed to one PDF only up to this many statements (about 100 A4 pages). A larger
 * pack takes minutes to print (1,000 pages took two minutes of a build) and tens of MB to download on a phone,
 * and nobody prints it whole: each domain's PDF is there instead.
 */
export const PACK_PDF_MAX_STATEMENTS = 1000;

/** Takes the framework's domains as the site loads them or as framework.json holds them. */
export function packHasPdf(domains: readonly { statements: readonly unknown[] }[]): boolean {
  return domains.reduce((n, d) => n + d.statements.length, 0) <= PACK_PDF_MAX_STATEMENTS;
}
