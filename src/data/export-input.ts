/** The framework and the site settings every export is built from (Astro pages only). */
import { loadFramework } from './framework-data.ts';
import { config } from './config.ts';
import { publicAddress } from './address.ts';
import type { ExportInput } from '../core/framework-exports/site.ts';

export async function exportInput(): Promise<ExportInput> {
  return {
    view: await loadFramework(),
    site: { creator: config.organisation.name, absolute: config.site ? publicAddress : undefined },
  };
}
