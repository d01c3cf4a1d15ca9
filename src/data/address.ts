/** Addresses to print or export: absolute when rapport.config.ts sets `site`, else from the site root. */
import { config } from './config.ts';
import { withBase } from '../core/url.ts';

export function publicAddress(path: string): string {
  const local = withBase(path, config.base);
  return config.site ? new URL(local, config.site).href : local;
}
