import type { APIRoute } from 'astro';
import { loadFramework } from '../data/framework-data.ts';
import { frameworkCsv } from '../core/export.ts';
import { publicAddress } from '../data/address.ts';

export const GET: APIRoute = async () =>
  new Response(frameworkCsv(await loadFramework(), publicAddress), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
