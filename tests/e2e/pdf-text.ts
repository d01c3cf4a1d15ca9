/**
 * The text of each page of a PDF, to check what was printed. Uses poppler's pdftotext where it is installed
 * (CI installs it); otherwise reads the text of a Chromium PDF directly: its fonts map glyphs to text through
 * ToUnicode tables, enough to find ids and words on a page, not a general PDF reader.
 */
import { execFileSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';

export const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** The text of each page, in order. */
export function pdfPageTexts(pdf: Buffer): string[] {
  if (hasPdftotext) return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' }).split('\f').filter((p) => p.trim());
  return chromiumPdfText(pdf);
}

function chromiumPdfText(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const objects = new Map<number, string>();
  for (const m of text.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) objects.set(Number(m[1]), m[2]!);
  const stream = (body: string | undefined): string => {
    const m = /stream\r?\n([\s\S]*?)\r?\nendstream/.exec(body ?? '');
    if (!m) return '';
    const raw = Buffer.from(m[1]!, 'latin1');
    return (body!.includes('/FlateDecode') ? inflateSync(raw) : raw).toString('latin1');
  };
  const hex = (h: string) => parseInt(h, 16);
  /** Glyph id → text, from a font's ToUnicode table (bfchar and bfrange entries). */
  const toUnicode = (n: number) => {
    const table = new Map<number, string>();
    const cmap = stream(objects.get(n));
    const utf16 = (h: string) => Buffer.from(h, 'hex').swap16().toString('utf16le');
    for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
      for (const [, from, to] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) table.set(hex(from!), utf16(to!));
    for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
      for (const [, lo, hi, to] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
        for (let g = hex(lo!); g <= hex(hi!); g++) table.set(g, String.fromCharCode(hex(to!) + g - hex(lo!)));
    return table;
  };
  const fonts = new Map<number, Map<number, string>>();
  for (const [n, body] of objects) {
    const m = /\/ToUnicode (\d+) 0 R/.exec(body);
    if (m && body.includes('/Type /Font')) fonts.set(n, toUnicode(Number(m[1])));
  }
  const pages = [...objects].filter(([, body]) => /\/Type \/Page\b/.test(body)).sort(([a], [b]) => a - b);
  return pages.map(([, body]) => {
    const fontNames = new Map([...body.matchAll(/\/(\w+) (\d+) 0 R/g)].map((m) => [m[1]!, Number(m[2])]));
    const content = stream(objects.get(Number(/\/Contents (\d+) 0 R/.exec(body)?.[1])));
    let font = new Map<number, string>();
    const glyphs = (h: string) => (h.match(/.{4}/g) ?? []).map((g) => font.get(hex(g)) ?? '').join('');
    let out = '';
    for (const m of content.matchAll(/\/(\w+) [\d.]+ Tf|<([0-9A-Fa-f]*)>\s*Tj|\[([^\]]*)\]\s*TJ|(ET)/g)) {
      if (m[1]) font = fonts.get(fontNames.get(m[1]) ?? -1) ?? new Map();
      else if (m[2] !== undefined) out += glyphs(m[2]);
      else if (m[3] !== undefined) out += [...m[3].matchAll(/<([0-9A-Fa-f]*)>/g)].map((g) => glyphs(g[1]!)).join('');
      else out += '\n';
    }
    return out;
  });
}
