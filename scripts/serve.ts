/** `npm run serve`: serves the built site in dist/ (or RAPPORT_DIST) on http://localhost:4321 (PORT to change it). */
import { startStaticServer } from '../src/build/static-server.ts';
import { config } from '../src/data/config.ts';
import { distDir } from '../src/data/paths.ts';

const port = Number(process.env['PORT'] ?? 4321);
const site = await startStaticServer({ dir: distDir, base: config.base, port, host: process.env['HOST'] ?? 'localhost' });
console.log(`\nRapport is being served at ${site.url}\nPress Ctrl+C to stop.\n`);
