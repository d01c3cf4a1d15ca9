/** The framework and the site settings every export is built from (Astro pages only). */
import { loadFramework } from '../lib/framework-data.ts';
import { config } from '../lib/config.ts';
import { publicAddress } from '../lib/address.ts';
import type { ExportInput } from '../core/framework-exports/site.ts';

export async function exportInput(): Promise<ExportInput> {
  return {
    view: await loadFramework(),
    site: { creator: config.organisation.name, absolute: config.site ? publicAddress : undefined },
  };
}
