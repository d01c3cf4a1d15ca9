import { describe, expect, it } from 'vitest';
import { ConfigError, parseSiteConfig } from '../../src/lib/schema/site-config.ts';

describe('site config', () => {
  it('gives a working neutral site with no settings at all', () => {
    const config = parseSiteConfig({});
    expect(config.title).toBe('Rapport');
    expect(config.organisation.name).toBe('Rapport');
    expect(config.base).toBe('/');
  });

  it('keeps the organisation name it is given', () => {
    expect(parseSiteConfig({ organisation: { name: 'Riverside Care' } }).organisation.name).toBe('Riverside Care');
  });

  it('names every bad field, says why and how to fix it', () => {
    const bad = { title: '', organisation: { nme: 'Riverside' }, site: 'learning.example.org', base: 'rapport' };
    expect(() => parseSiteConfig(bad)).toThrow(ConfigError);
    expect(() => parseSiteConfig(bad)).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: rapport.config.ts has 5 problems:
        - title: Give the site a title, such as "Rapport".
        - organisation.name: this setting is required.
        - organisation: unknown setting "nme": check the spelling, or remove it.
        - site: Write the full address, starting with https://, e.g. "https://learning.example.org".
        - base: Write the base path with a slash at each end, e.g. "/rapport/", or "/" for the root.]
    `);
  });

  it('points out a misspelt top-level setting', () => {
    expect(() => parseSiteConfig({ titel: 'X' })).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: rapport.config.ts has a problem:
        - (the whole config): unknown setting "titel": check the spelling, or remove it.]
    `);
  });
});
