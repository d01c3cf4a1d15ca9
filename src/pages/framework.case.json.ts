import type { APIRoute } from 'astro';
import { casePackage } from '../core/framework-exports/case.ts';
import { exportInput } from '../data/export-input.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(casePackage(await exportInput()), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
