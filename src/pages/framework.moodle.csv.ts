import type { APIRoute } from 'astro';
import { moodleCsv } from '../core/framework-exports/moodle.ts';
import { exportInput } from '../data/export-input.ts';

export const GET: APIRoute = async () => new Response(moodleCsv(await exportInput()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
