/**
 * The example organisation's copy, built under a sub-path: what CI checks besides the root build.
 * `build` writes it to dist-sub/ with base /rapport/, the settings in tests/fixtures/org-site.json (brand colour,
 * logo, who to ask, footer links, a hidden section) and the content plus content/examples/ (a local page and a
 * local competency domain). `test` runs the smoke subset of the browser tests against it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';

export const EXAMPLE_ENV = {
  RAPPORT_BASE: '/rapport/',
  RAPPORT_DIST: 'dist-sub',
  RAPPORT_CONTENT: '.cache/example-content',
  RAPPORT_SETTINGS: 'tests/fixtures/org-site.json',
};
/**
 * Browser tests worth running twice: links, hosting (organisation features), nginx and search, each at the sub-path,
 * and the framework upgrade, which needs the split statement only the example's content has.
 */
export const SMOKE_TESTS = [
  'tests/e2e/links.test.ts',
  'tests/e2e/hosting.test.ts',
  'tests/e2e/nginx.test.ts',
  'tests/e2e/framework-upgrade.test.ts',
  'tests/e2e/framework-exports.test.ts',
];

function composeContent(to: string): void {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  cpSync('content/guidance', `${to}/guidance`, { recursive: true });
  cpSync('content/competencies', `${to}/competencies`, { recursive: true });
  cpSync('content/quick-answers.yaml', `${to}/quick-answers.yaml`);
  cpSync('content/examples/local', `${to}/local`, { recursive: true });
  cpSync('content/examples/competencies', `${to}/competencies`, { recursive: true });
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...EXAMPLE_ENV } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const step = process.argv[2];
if (step === 'build') {
  composeContent(EXAMPLE_ENV.RAPPORT_CONTENT);
  run('npm', ['run', 'build']);
} else if (step === 'test') {
  if (!existsSync(`${EXAMPLE_ENV.RAPPORT_DIST}/index.html`)) {
    console.error(`No ${EXAMPLE_ENV.RAPPORT_DIST}/: run \`npm run build:sub\` first.`);
    process.exit(1);
  }
  run('npx', ['vitest', 'run', '--config', 'tests/vitest.config.ts', '--project', 'e2e', ...SMOKE_TESTS, ...process.argv.slice(3)]);
} else {
  console.error('Usage: tsx scripts/example-site.ts build|test');
  process.exit(2);
}
