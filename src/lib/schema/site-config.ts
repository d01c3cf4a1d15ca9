/** The organisation's settings: the one schema for rapport.config.ts. */
import { z } from 'astro/zod';

export const siteConfigSchema = z
  .object({
    /** The name the site goes by in the header, titles and printouts. */
    title: z.string().trim().min(1, 'Give the site a title, such as "Rapport".').default('Rapport'),
    /** A one-line tagline under the title on the home page. */
    tagline: z
      .string()
      .trim()
      .min(1)
      .default('Therapeutic relationships in health and social care: guidance and competencies'),
    organisation: z
      .object({
        /** The organisation's full name, e.g. "Riverside Care Homes". */
        name: z.string().trim().min(1, 'Write the organisation\'s name, e.g. "Riverside Care Homes".'),
        /** A short name for tight spaces such as sheet headers. */
        shortName: z.string().trim().min(1).max(24, 'Keep the short name to 24 characters or fewer.').optional(),
      })
      .strict()
      .default({ name: 'Rapport' }),
    /** The full address the site is served from, e.g. "https://learning.example.org". Used for sitemaps and QR codes. */
    site: z
      .string()
      .url('Write the full address, starting with https://, e.g. "https://learning.example.org".')
      .optional(),
    /** The folder the site lives under on that host, e.g. "/rapport/". Starts and ends with "/". */
    base: z
      .string()
      .regex(/^\/([\w.-]+\/)*$/, 'Write the base path with a slash at each end, e.g. "/rapport/", or "/" for the root.')
      .default('/'),
  })
  .strict();

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;

/** Thrown when rapport.config.ts holds a value the schema refuses; the message lists every bad field. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Checks the user's settings and returns them with defaults filled in, or throws a ConfigError naming each bad field. */
export function parseSiteConfig(input: unknown, file = 'rapport.config.ts'): SiteConfig {
  const result = siteConfigSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const path = issue.path.join('.') || '(the whole config)';
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown setting${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling, or remove ${issue.keys.length > 1 ? 'them' : 'it'}.`
        : issue.code === 'invalid_type' && issue.received === 'undefined'
          ? 'this setting is required.'
          : issue.message;
    return `  - ${path}: ${message}`;
  });
  return fail(file, lines);
}

function fail(file: string, lines: string[]): never {
  throw new ConfigError(`${file} has ${lines.length === 1 ? 'a problem' : `${lines.length} problems`}:\n${lines.join('\n')}`);
}
