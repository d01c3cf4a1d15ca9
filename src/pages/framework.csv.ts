import type { APIRoute } from 'astro';
import { loadFramework } from '../lib/framework-data.ts';
import { frameworkCsv } from '../lib/export.ts';
import { publicAddress } from '../lib/address.ts';

export const GET: APIRoute = async () =>
  new Response(frameworkCsv(await loadFramework(), publicAddress), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
