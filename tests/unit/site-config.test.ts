import { describe, expect, it } from 'vitest';
import { ConfigError, applyOverrides, parseSiteConfig } from '../../src/core/schema/site-config.ts';

describe('site config', () => {
  it('gives a working neutral site with no settings at all', () => {
    const config = parseSiteConfig({});
    expect(config.title).toBe('Rapport');
    expect(config.organisation.name).toBe('Rapport');
    expect(config.base).toBe('/');
    expect(config.brandColour).toBe('#1d4f91');
    expect(config.whoToAsk.text).toMatch(/supervisor/);
    expect(config.footerLinks).toEqual([]);
    expect(config.features).toEqual({ offline: true, pdfSheets: true });
    expect(config.hide).toEqual([]);
  });

  it('keeps the organisation name it is given', () => {
    expect(parseSiteConfig({ organisation: { name: 'Riverside Care' } }).organisation.name).toBe('Riverside Care');
  });

  it('accepts a full organisation config', () => {
    const config = parseSiteConfig({
      organisation: { name: 'Riverside Care Homes', shortName: 'Riverside', logo: '/riverside.svg' },
      brandColour: '#7a1f5c',
      whoToAsk: { text: 'Ask your supervisor or call the duty manager.', contacts: [{ label: 'Duty manager', phone: '01632 960123' }] },
      footerLinks: [{ label: 'Staff intranet', href: 'https://intranet.riverside.example/' }, { label: 'Gifts policy', href: '/local/our-gifts-policy/' }],
      features: { pdfSheets: false },
      hide: ['/guidance/final-thoughts/'],
    });
    expect(config.organisation.logo).toBe('riverside.svg');
    expect(config.whoToAsk.heading).toBe('Not sure what to do?');
    expect(config.features).toEqual({ offline: true, pdfSheets: false });
    expect(config.hide).toEqual(['guidance/final-thoughts']);
  });

  it('names every bad field, says why and how to fix it', () => {
    const bad = { title: '', organisation: { nme: 'Riverside' }, site: 'learning.example.org', base: 'rapport' };
    expect(() => parseSiteConfig(bad)).toThrow(ConfigError);
    expect(() => parseSiteConfig(bad)).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: rapport.config.ts has 5 problems:
        - title: Give the site a title, such as "Rapport".
        - organisation.name: this setting is required.
        - organisation: unknown setting "nme" (did you mean "name"?): check the spelling, or remove it.
        - site: Write the full address, starting with https://, e.g. "https://learning.example.org".
        - base: Write the base path with a slash at each end, e.g. "/rapport/", or "/" for the root.]
    `);
  });

  it('points out a misspelt setting and guesses the right one', () => {
    expect(() => parseSiteConfig({ titel: 'X', brandColor: '#000' })).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: rapport.config.ts has a problem:
        - (the whole config): unknown settings "titel" (did you mean "title"?), "brandColor" (did you mean "brandColour"?): check the spelling, or remove them.]
    `);
    expect(() => parseSiteConfig({ features: { ofline: false } })).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: rapport.config.ts has a problem:
        - features: unknown setting "ofline" (did you mean "offline"?): check the spelling, or remove it.]
    `);
  });

  it('fails a brand colour that text and links cannot use, giving the measured ratio and a shade that passes', () => {
    expect(() => parseSiteConfig({ brandColour: '#ffcc00' })).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: rapport.config.ts has a problem:
        - brandColour: "#ffcc00" measures 1.51:1 against the white page (#ffffff); text and links need at least 4.5:1. Use a darker shade, such as "#947100" (4.54:1).]
    `);
    // Just under the line: 4.47:1 is still a fail, and the message never rounds it up to 4.5.
    expect(() => parseSiteConfig({ brandColour: '#777777' })).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: rapport.config.ts has a problem:
        - brandColour: "#777777" measures 4.47:1 against the white page (#ffffff); text and links need at least 4.5:1. Use a darker shade, such as "#767676" (4.54:1).]
    `);
    expect(parseSiteConfig({ brandColour: '#767676' }).brandColour).toBe('#767676');
  });

  it('fails a dark-mode colour that does not stand out from the dark background', () => {
    expect(() => parseSiteConfig({ darkBrandColour: '#1d4f91' })).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: rapport.config.ts has a problem:
        - darkBrandColour: "#1d4f91" measures 2.30:1 against the dark-mode background (#121212); text and links need at least 4.5:1. Use a lighter shade, such as "#4c7ec5" (4.54:1).]
    `);
  });

  it('explains values that are not colours, links, phone numbers or sections', () => {
    const bad = {
      brandColour: 'dark blue',
      organisation: { name: 'Riverside', logo: 'logo.jpg' },
      whoToAsk: { text: 'Ask.', contacts: [{ label: 'Duty manager', phone: 'call reception' }, { label: 'Safeguarding lead' }] },
      footerLinks: [{ label: 'Intranet', href: 'intranet.example' }],
      features: { pdfSheets: 'no' },
      hide: ['final-thoughts'],
    };
    expect(() => parseSiteConfig(bad)).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: rapport.config.ts has 7 problems:
        - organisation.logo: Put an SVG or PNG file in public/ and give its name, e.g. "logo.svg".
        - brandColour: "dark blue" is not a colour: write it as a hex code, e.g. "#1d4f91".
        - whoToAsk.contacts.0.phone: Write the phone number with digits and spaces, e.g. "01632 960123".
        - whoToAsk.contacts.1: Give each contact one of phone, email or href.
        - footerLinks.0.href: Write a link as a full address ("https://…") or a page of this site ("/local/contacts/").
        - features.pdfSheets: write true or false here, not text in quotes.
        - hide.0: Name a section of the guide by its address, e.g. "guidance/final-thoughts".]
    `);
  });

  it('checks the logo file is in public/', () => {
    const input = { organisation: { name: 'Riverside', logo: 'riverside.png' } };
    expect(() => parseSiteConfig(input, { publicFileExists: () => false })).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: rapport.config.ts has a problem:
        - organisation.logo: there is no file public/riverside.png; put the logo there, or correct the name.]
    `);
    expect(parseSiteConfig(input, { publicFileExists: (p) => p === 'riverside.png' }).organisation.logo).toBe('riverside.png');
  });

  it('lets CI replace the base path and other settings without editing the file', () => {
    const raw = { title: 'Rapport', base: '/' };
    expect(parseSiteConfig(applyOverrides(raw, { base: '/rapport/' })).base).toBe('/rapport/');
    const config = parseSiteConfig(applyOverrides(raw, { settings: { organisation: { name: 'Riverside' } }, base: undefined }));
    expect(config.organisation.name).toBe('Riverside');
    expect(config.base).toBe('/');
    expect(() => parseSiteConfig(applyOverrides(raw, { base: 'rapport' }), 'rapport.config.ts with RAPPORT_BASE=rapport')).toThrow(
      /^rapport\.config\.ts with RAPPORT_BASE=rapport has a problem:\n {2}- base: /,
    );
  });
});
