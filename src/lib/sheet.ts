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
