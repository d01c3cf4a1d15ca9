/** A PDF as the tests read it, with pdf.js (through unpdf): no system tool such as poppler is needed. */
import { readFileSync } from 'node:fs';
import { getDocumentProxy } from 'unpdf';

export interface PdfFacts {
  /** The text of each page, a line per line of the page. */
  pages: string[];
  /** Each page's width and height in points. */
  sizes: [number, number][];
  /** Tagged (accessible) PDF: /MarkInfo says Marked and there is a structure tree. */
  tagged: boolean;
  /** The web address of every link on every page (links within the PDF have none and are left out). */
  links: string[];
}

export function readPdf(file: string): Promise<PdfFacts> {
  return readPdfData(readFileSync(file));
}

/** The same, for a PDF in memory (one the test printed itself). */
export async function readPdfData(data: Uint8Array): Promise<PdfFacts> {
  const doc = await getDocumentProxy(new Uint8Array(data));
  try {
    const pages: string[] = [];
    const sizes: [number, number][] = [];
    const links: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      sizes.push([x1 - x0, y1 - y0]);
      const { items } = await page.getTextContent();
      pages.push(items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join(''));
      for (const a of (await page.getAnnotations()) as { subtype: string; url?: string; unsafeUrl?: string }[])
        if (a.subtype === 'Link' && (a.url ?? a.unsafeUrl)) links.push((a.url ?? a.unsafeUrl)!);
    }
    const marked = (await doc.getMarkInfo())?.Marked === true;
    const tree = doc.numPages > 0 ? await (await doc.getPage(1)).getStructTree() : null;
    return { pages, sizes, tagged: marked && tree !== null, links };
  } finally {
    await doc.destroy();
  }
}
