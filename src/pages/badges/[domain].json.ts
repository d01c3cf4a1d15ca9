import type { APIRoute, GetStaticPaths } from 'astro';
import { achievement } from '../../core/framework-exports/badges.ts';
import { exportInput } from '../../data/export-input.ts';
import { loadFramework } from '../../data/framework-data.ts';

export const getStaticPaths = (async () => (await loadFramework()).domains.map((d) => ({ params: { domain: d.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const input = await exportInput();
  const domain = input.view.domains.find((d) => d.slug === params['domain'])!;
  return new Response(`${JSON.stringify(achievement(input, domain), null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
