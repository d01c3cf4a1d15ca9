// Your organisation's settings. Change these, then run `npm run build`.
// Every setting is checked when the site builds; a mistake stops the build with a message saying how to fix it.
// Remove the // in front of a line to use it. Leaving a setting out keeps the neutral default.
import type { SiteConfigInput } from './src/core/schema/site-config.ts';

export default {
  title: 'Rapport',
  organisation: {
    name: 'Rapport',
    // shortName: 'Riverside',              // for tight spaces, 24 characters at most
    // logo: 'logo.svg',                    // an SVG or PNG file you put in public/
  },

  // The accent colour of the header, borders and links. The build refuses a colour that text would be hard to
  // read in (under 4.5:1 against white) and suggests a darker shade. Dark mode gets a lighter shade worked out
  // for you, or set darkBrandColour yourself.
  // brandColour: '#1d4f91',
  // darkBrandColour: '#8cb4ff',

  // The full address of the site: turns on the sitemap, full addresses in downloads and QR codes on sheets.
  // site: 'https://learning.example.org',
  // The folder the site lives in on that host. RAPPORT_BASE=/rapport/ npm run build does the same for one build.
  // base: '/rapport/',

  // Shown at the foot of every page.
  // whoToAsk: {
  //   heading: 'Not sure what to do?',
  //   text: 'Ask your supervisor, or call the duty manager.',
  //   contacts: [
  //     { label: 'Duty manager', phone: '01632 960123' },
  //     { label: 'Safeguarding lead', email: 'safeguarding@example.org' },
  //     { label: 'Safeguarding contacts', href: '/local/safeguarding-contacts/' },
  //   ],
  // },

  // Extra links in the footer: a page of this site ("/local/…/") or a full address.
  // footerLinks: [{ label: 'Staff intranet', href: 'https://intranet.example.org/' }],

  // Switch parts of the site off.
  // features: { offline: true, pdfSheets: true },

  // Sections of the core guide to leave out. Statements that rest on them are reported when the site builds.
  // hide: ['guidance/final-thoughts'],
} satisfies SiteConfigInput;
