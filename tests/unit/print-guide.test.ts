import { describe, expect, it } from 'vitest';
import { citedSections, demoteHeadings, guideHasPdf, GUIDE_PDF_MAX_PAGES, linksGuidePdf, printedAddress, sliceSections, startPages, withoutQuestions } from '../../src/core/print-guide.ts';

describe('citedSections', () => {
  it('groups a domain\'s references by page, in reading order, each heading once', () => {
    const statements = [
      { guidance: ['gifts#small-gifts', 'confidentiality#sharing'] },
      { guidance: ['gifts#small-gifts', 'gifts#money'] },
      { guidance: ['hidden#gone', 'intro'] },
    ];
    expect(citedSections(statements, ['intro', 'gifts', 'confidentiality', 'other'])).toEqual([
      { page: 'intro', anchors: [''] },
      { page: 'gifts', anchors: ['small-gifts', 'money'] },
      { page: 'confidentiality', anchors: ['sharing'] },
    ]);
  });
});

describe('sliceSections', () => {
  const html =
    '<p>Intro</p><h2 id="a">A</h2><p>a1</p><h3 id="a-1">A1</h3><p>a1 text</p><h2 id="b">B</h2><p>b</p><h3 id="b-1">B1</h3><p>b1</p>';
  it('cuts each cited section to the next heading of its level or higher, in page order', () => {
    expect(sliceSections(html, ['b-1', 'a'])).toEqual([
      '<h2 id="a">A</h2><p>a1</p><h3 id="a-1">A1</h3><p>a1 text</p>',
      '<h3 id="b-1">B1</h3><p>b1</p>',
    ]);
  });
  it('takes a sub-section inside a cited section once', () => {
    expect(sliceSections(html, ['a-1', 'a'])).toHaveLength(1);
  });
  it('gives the whole page when the page itself is cited, and nothing for an unknown heading', () => {
    expect(sliceSections(html, ['', 'a'])).toEqual([html]);
    expect(sliceSections(html, ['nope'])).toEqual([]);
  });
});

describe('demoteHeadings', () => {
  it('moves headings down a level, their ids kept as data-anchor', () => {
    expect(demoteHeadings('<h2 id="a" class="x">A</h2><h3 id="b">B</h3><h6>F</h6>')).toBe('<h3 data-anchor="a" class="x">A</h3><h4 data-anchor="b">B</h4><h6>F</h6>');
  });
});

describe('printedAddress', () => {
  it('is the full address when the site is known, the path otherwise', () => {
    expect(printedAddress('/rapport/guidance/gifts/#money', 'https://learning.example.org')).toBe('https://learning.example.org/rapport/guidance/gifts/#money');
    expect(printedAddress('/guidance/gifts/')).toBe('/guidance/gifts/');
    expect(printedAddress('https://www.nmc.org.uk/code')).toBe('https://www.nmc.org.uk/code');
  });
  it('is nothing for in-page, e-mail and phone links', () => {
    expect(printedAddress('#money', 'https://learning.example.org')).toBeUndefined();
    expect(printedAddress('mailto:a@b.org')).toBeUndefined();
    expect(printedAddress('tel:0123')).toBeUndefined();
  });
});

describe('startPages', () => {
  it('gives each part the page after the last one before it', () => {
    expect(startPages([2, 1, 3, 1])).toEqual([1, 3, 4, 7]);
    expect(startPages([])).toEqual([]);
  });
});

describe('withoutQuestions', () => {
  it('drops the hidden questions after each heading and keeps the rest', () => {
    const html =
      '<h2 id="gifts">Gifts</h2><div hidden class="section-questions" data-pagefind-weight="3"><span id="q-gifts-1"></span><p>Can I take a tip?</p></div><p>Say no kindly.</p>' +
      '<h2 id="in-practice">In practice</h2><div hidden class="section-questions"><span id="q-in-practice-1"></span><p>What if…</p></div><div class="example"><p>Home care</p></div>';
    expect(withoutQuestions(html)).toBe('<h2 id="gifts">Gifts</h2><p>Say no kindly.</p><h2 id="in-practice">In practice</h2><div class="example"><p>Home care</p></div>');
  });
});


describe('whether the whole guide is printed to one PDF', () => {
  it('is, for a guide of up to GUIDE_PDF_MAX_PAGES pages', () => {
    expect(guideHasPdf(30)).toBe(true);
    expect(guideHasPdf(GUIDE_PDF_MAX_PAGES)).toBe(true);
  });
  it('is not, beyond it: each domain has its own printout then', () => {
    expect(guideHasPdf(GUIDE_PDF_MAX_PAGES + 1)).toBe(false);
    expect(guideHasPdf(2000)).toBe(false);
  });
});

describe('whether a built /print/ page links the guide PDF', () => {
  it('reads the marked link, however Astro orders or writes the attribute', () => {
    expect(linksGuidePdf('<a href="/print.pdf" data-guide-pdf>Download as PDF</a>')).toBe(true);
    expect(linksGuidePdf('<a data-guide-pdf="" href="/rapport/print.pdf">PDF</a>')).toBe(true);
  });
  it('does not take a page that only mentions the PDF, or a similar attribute', () => {
    expect(linksGuidePdf('<a href="/print.pdf">Download as PDF</a>')).toBe(false);
    expect(linksGuidePdf('<a href="/x/" data-guide-pdfs>x</a>')).toBe(false);
    expect(linksGuidePdf('<p>data-guide-pdf</p>')).toBe(false);
  });
});
