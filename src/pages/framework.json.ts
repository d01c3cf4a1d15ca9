import type { APIRoute } from 'astro';
import { loadFramework } from '../data/framework-data.ts';
import { frameworkJson } from '../core/export.ts';
import { publicAddress } from '../data/address.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(frameworkJson(await loadFramework(), publicAddress), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
