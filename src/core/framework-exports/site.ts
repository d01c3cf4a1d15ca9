/** What every export needs besides the framework: who publishes it and, when known, the site's full address. */
import type { FrameworkView } from '../competency.ts';

export interface ExportSite {
  /** The organisation publishing the site (rapport.config.ts `organisation.name`). */
  creator: string;
  /** A site path as a full address; undefined when rapport.config.ts sets no `site`, so nothing has a web address. */
  absolute?: ((path: string) => string) | undefined;
}

export interface ExportInput {
  /** The framework as the site shows it: hidden sections' guidance already left out, local domains in. */
  view: FrameworkView;
  site: ExportSite;
}

/** The page's full address when the site has one, else the URN of the identifier (RFC 4122 section 3). */
export function uriFor(site: ExportSite, path: string, identifier: string): string {
  return site.absolute ? site.absolute(path) : `urn:uuid:${identifier}`;
}

/**
 * The framework's publication as an ISO 8601 date-time. The build's clock is not used: a date that moved with
 * every build would tell a learning system that everything changed.
 */
export function publishedDateTime(view: FrameworkView): string {
  return `${view.meta.published.toISOString().slice(0, 10)}T00:00:00+00:00`;
}

/** The words the site uses for a statement's level. */
export const LEVEL_WORDS = { all: 'all staff', lead: 'leaders and supervisors' } as const;

/** The site path of a domain's page. */
export function domainPath(slug: string): string {
  return `framework/${slug}/`;
}
