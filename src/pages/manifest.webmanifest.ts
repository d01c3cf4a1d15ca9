// The web app manifest: lets staff add the guide to a phone's home screen (src/core/manifest.ts).
import type { APIRoute } from 'astro';
import { config } from '../data/config.ts';
import { webManifest } from '../core/manifest.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(webManifest(config), null, 2)}\n`, {
    headers: { 'content-type': 'application/manifest+json; charset=utf-8' },
  });
