/** The organisation's settings: the one schema for rapport.config.ts. */
import { z } from 'astro/zod';
import { nearEnough, suggest } from '../suggest.ts';
import { issueMessage, type IssueWords } from './issues.ts';
import { DARK_BACKGROUND, DEFAULT_BRAND_COLOUR, LIGHT_BACKGROUND, MIN_CONTRAST, contrast, formatRatio, nearestPassing, parseColour, toHex } from '../brand.ts';

/** A site path ("/guidance/x/") or a full web, mail or phone address. */
const LINK = /^(\/(?!\/)|https?:\/\/|mailto:|tel:)/;
const PHONE = /^\+?[\d\s()-]{6,}$/;

/** A colour that text and links can use on `background`: refused with the measured ratio and a shade that passes. */
function readableColour(background: string, where: string) {
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const colour = parseColour(value);
      if (!colour) {
        ctx.addIssue({ code: 'custom', message: `"${value}" is not a colour: write it as a hex code, e.g. "#1d4f91".` });
        return;
      }
      const ratio = contrast(colour, background);
      if (ratio < MIN_CONTRAST) {
        const better = nearestPassing(colour, background, MIN_CONTRAST);
        ctx.addIssue({
          code: 'custom',
          message:
            `"${value}" measures ${formatRatio(ratio)} against ${where} (${background}); text and links need at least ${MIN_CONTRAST}:1. ` +
            `Use a ${background === LIGHT_BACKGROUND ? 'darker' : 'lighter'} shade, such as "${toHex(better)}" (${formatRatio(contrast(better, background))}).`,
        });
      }
    });
}

const contactSchema = z
  .object({
    /** Who or what, e.g. "Duty manager". */
    label: z.string().trim().min(1, 'Say who this is, e.g. "Duty manager".'),
    phone: z.string().trim().regex(PHONE, 'Write the phone number with digits and spaces, e.g. "01632 960123".').optional(),
    email: z.string().trim().email('Write a full email address, e.g. "safeguarding@example.org".').optional(),
    href: z.string().trim().regex(LINK, 'Write a link as a full address ("https://…") or a page of this site ("/local/contacts/").').optional(),
  })
  .strict()
  .refine((c) => [c.phone, c.email, c.href].filter(Boolean).length === 1, {
    message: 'Give each contact one of phone, email or href.',
  });

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
        /** An SVG or PNG file in public/, e.g. "logo.svg", shown beside the name in the header and on sheets. */
        logo: z
          .string()
          .trim()
          .transform((s) => s.replace(/^\/+/, ''))
          .pipe(
            z
              .string()
              .regex(/^(?!.*\.\.)[\w./-]+\.(svg|png)$/i, 'Put an SVG or PNG file in public/ and give its name, e.g. "logo.svg".'),
          )
          .optional(),
      })
      .strict()
      .default({ name: 'Rapport' }),
    /** The accent colour: header, borders and links. Must reach 4.5:1 against the white page. */
    brandColour: readableColour(LIGHT_BACKGROUND, 'the white page').default(DEFAULT_BRAND_COLOUR),
    /** The accent in dark mode; when left out, a lighter shade of brandColour is worked out. */
    darkBrandColour: readableColour(DARK_BACKGROUND, 'the dark-mode background').optional(),
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
    /** Shown at the foot of every page: who staff turn to when the guide is not enough. */
    whoToAsk: z
      .object({
        heading: z.string().trim().min(1).default('Not sure what to do?'),
        text: z.string().trim().min(1, 'Say who to ask, e.g. "Ask your supervisor or call the duty manager."'),
        contacts: z.array(contactSchema).default([]),
      })
      .strict()
      .default({ text: 'Ask your supervisor, your manager or a senior colleague. If someone is in danger now, call 999.' }),
    /** Extra links in the footer of every page: your intranet, policies, a contact page. */
    footerLinks: z
      .array(
        z
          .object({
            label: z.string().trim().min(1, 'Give the link some words, e.g. "Staff intranet".'),
            href: z.string().trim().regex(LINK, 'Write a link as a full address ("https://…") or a page of this site ("/local/contacts/").'),
          })
          .strict(),
      )
      .default([]),
    /** Switch parts of the site off. */
    features: z
      .object({
        /** Pages and search keep working with no signal, after a first visit. */
        offline: z.boolean().default(true),
        /** PDF copies of the self-assessment sheets (needs Chromium when building). */
        pdfSheets: z.boolean().default(true),
      })
      .strict()
      .default({}),
    /** Sections of the core guidance to leave out, e.g. ["guidance/final-thoughts"]. Pages under a hidden page go too. */
    hide: z
      .array(
        z
          .string()
          .trim()
          .transform((s) => s.replace(/^\/+|\/+$/g, ''))
          .pipe(
            z
              .string()
              .regex(
                /^guidance\/[a-z0-9]+(?:[-/][a-z0-9]+)*$/,
                'Name a section of the guide by its address, e.g. "guidance/final-thoughts".',
              ),
          ),
      )
      .default([]),
  })
  .strict();

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;

/** Thrown when rapport.config.ts holds a value the schema refuses; the message lists every bad field. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface ParseOptions {
  /** Names the file in messages. */
  file?: string;
  /** Says whether a file exists in public/ (the logo); left out, files are not checked. */
  publicFileExists?: (path: string) => boolean;
}

/** Checks the user's settings and returns them with defaults filled in, or throws a ConfigError naming each bad field. */
export function parseSiteConfig(input: unknown, options: ParseOptions | string = {}): SiteConfig {
  const { file = 'rapport.config.ts', publicFileExists } = typeof options === 'string' ? { file: options } : options;
  const result = siteConfigSchema.safeParse(input ?? {});
  if (!result.success) return fail(file, result.error.issues.map(describe));
  const logo = result.data.organisation.logo;
  if (logo && publicFileExists && !publicFileExists(logo)) {
    return fail(file, [`  - organisation.logo: there is no file public/${logo}; put the logo there, or correct the name.`]);
  }
  return result.data;
}

/** How the settings word schema issues: the reader edits a TypeScript file, not YAML. */
const SETTINGS_WORDS: IssueWords = {
  whole: '(the whole config)',
  unknown: (keys, path) => unknownKeys(keys, path),
  required: () => 'this setting is required.',
  wrongType: (expected, received) => `write ${article(expected)} here, not ${article(received)}.`,
};

const describe = (issue: z.ZodIssue): string => `  - ${issueMessage(issue, SETTINGS_WORDS)}`;

/** "unknown setting "brandColor": did you mean "brandColour"?" when a known setting is close enough. */
function unknownKeys(keys: string[], path: (string | number)[]): string {
  const known = knownKeys(path);
  const guesses = keys.map((k) => {
    const guess = suggest(k, known);
    return guess && nearEnough(k, guess) ? `"${k}" (did you mean "${guess}"?)` : `"${k}"`;
  });
  return `unknown setting${keys.length > 1 ? 's' : ''} ${guesses.join(', ')}: check the spelling, or remove ${keys.length > 1 ? 'them' : 'it'}.`;
}

function knownKeys(path: (string | number)[]): string[] {
  let schema: z.ZodTypeAny = siteConfigSchema;
  for (const key of path.filter((p): p is string => typeof p === 'string')) {
    const shape = objectShape(schema);
    if (!shape?.[key]) return [];
    schema = shape[key];
  }
  return Object.keys(objectShape(schema) ?? {});
}

/** The fields of an object schema, looking through defaults, optionals, arrays and refinements. */
function objectShape(schema: z.ZodTypeAny): Record<string, z.ZodTypeAny> | undefined {
  let s: z.ZodTypeAny = schema;
  for (;;) {
    if (s instanceof z.ZodObject) return s.shape as Record<string, z.ZodTypeAny>;
    if (s instanceof z.ZodDefault) s = s._def.innerType;
    else if (s instanceof z.ZodOptional) s = s.unwrap();
    else if (s instanceof z.ZodEffects) s = s.innerType();
    else if (s instanceof z.ZodArray) s = s.element;
    else return undefined;
  }
}

function article(type: string): string {
  const words: Record<string, string> = { string: 'text in quotes', number: 'a number', boolean: 'true or false', array: 'a list in [ ]', object: 'settings in { }' };
  return words[type] ?? type;
}

function fail(file: string, lines: string[]): never {
  throw new ConfigError(`${file} has ${lines.length === 1 ? 'a problem' : `${lines.length} problems`}:\n${lines.join('\n')}`);
}

/**
 * Settings from outside the file, so CI can build variants without editing it: RAPPORT_SETTINGS names a JSON
 * file whose settings replace the file's, and RAPPORT_BASE replaces the base path.
 */
export function applyOverrides(raw: unknown, overrides: { settings?: Record<string, unknown> | undefined; base?: string | undefined }): unknown {
  const merged = { ...(raw as Record<string, unknown>), ...(overrides.settings ?? {}) };
  if (overrides.base) merged['base'] = overrides.base;
  return merged;
}
