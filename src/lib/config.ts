/** The validated site settings, read once from rapport.config.ts. */
import raw from '../../rapport.config.ts';
import { parseSiteConfig } from './schema/site-config.ts';

export const config = parseSiteConfig(raw);
