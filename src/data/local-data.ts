/** The organisation's local pages for Astro pages, in list order; none (without Astro's "empty collection" warning) when there are none. */
import { existsSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { listFiles } from '../build/files.ts';
import { contentDir } from './paths.ts';
import { localInOrder } from '../core/local.ts';

const localDir = `${contentDir}/local`;
const hasLocalPages = existsSync(localDir) && listFiles(localDir, ['.mdx']).length > 0;

export async function getLocalPages() {
  return hasLocalPages ? localInOrder(await getCollection('local')) : [];
}
