/**
 * The validated site settings, read once from rapport.config.ts. For building variants without editing the file
 * (CI builds a copy under /rapport/), RAPPORT_BASE replaces the base path and RAPPORT_SETTINGS names a JSON file
 * whose settings replace the file's.
 */
import { existsSync, readFileSync } from 'node:fs';
import raw from '../../rapport.config.ts';
import { applyOverrides, parseSiteConfig } from '../core/schema/site-config.ts';

const base = process.env['RAPPORT_BASE'] || undefined;
const settingsFile = process.env['RAPPORT_SETTINGS'] || undefined;
const settings = settingsFile ? (JSON.parse(readFileSync(settingsFile, 'utf8')) as Record<string, unknown>) : undefined;
const from = ['rapport.config.ts', settingsFile && `with ${settingsFile}`, base && `with RAPPORT_BASE=${base}`].filter(Boolean);

export const config = parseSiteConfig(applyOverrides(raw, { settings, base }), {
  file: from.join(' '),
  publicFileExists: (path) => existsSync(`public/${path}`),
});
