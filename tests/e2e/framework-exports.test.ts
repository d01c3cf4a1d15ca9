/**
 * The framework's exports as built: each file meets its specification's rules, and holds every domain and live
 * statement the site shows (the example organisation's local domain too, when this is its build).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/data/paths.ts';
import { CASE_FILE, MOODLE_FILE } from '../../src/core/framework-exports/paths.ts';
import { achievement, alignmentProblems, casePackageProblems, cfPackage, moodleProblems, parseCsv } from '../support/framework-exports.ts';
import { DIST } from '../support/site.ts';

const json = JSON.parse(readFileSync(`${DIST}/framework.json`, 'utf8')) as {
  domains: { id: string; statements: { id: string }[]; retired: { id: string }[] }[];
};
const live = json.domains.flatMap((d) => [d.id, ...d.statements.map((s) => s.id)]);
const retired = json.domains.flatMap((d) => d.retired.map((r) => r.id));
const pkg = cfPackage.parse(JSON.parse(readFileSync(`${DIST}/${CASE_FILE}`, 'utf8')));
const moodle = readFileSync(`${DIST}/${MOODLE_FILE}`, 'utf8');
const moodleIds = parseCsv(moodle)
  .slice(1)
  .map((r) => r[1]);
const badges = readdirSync(`${DIST}/badges`)
  .filter((f) => f.endsWith('.json'))
  .map((f) => achievement.parse(JSON.parse(readFileSync(`${DIST}/badges/${f}`, 'utf8'))));

describe(`the framework's exports in ${DIST}/`, () => {
  it('the CASE package meets CASE 1.1 and holds every domain, live and retired statement', () => {
    expect(casePackageProblems(pkg)).toEqual([]);
    expect(pkg.CFItems.map((i) => i.humanCodingScheme)).toEqual(expect.arrayContaining([...live, ...retired]));
  });

  it('the Moodle file imports and holds every domain and live statement, and no retired one', () => {
    expect(moodleProblems(moodle)).toEqual([]);
    expect(moodleIds.slice(1)).toEqual(live);
    for (const id of retired) expect(moodleIds).not.toContain(id);
  });

  it('there is an achievement per domain, aligned to its CASE items', () => {
    expect(badges.map((b) => b.humanCode).sort()).toEqual(json.domains.map((d) => d.id).sort());
    for (const badge of badges) expect(alignmentProblems(badge, pkg), badge.name).toEqual([]);
  });

  // The example organisation's content (npm run build:sub) adds content/examples/competencies/local-riverside.yaml.
  it.runIf(existsSync(`${contentDir}/competencies/local-riverside.yaml`))("the example organisation's local domain is in all three", () => {
    expect(pkg.CFItems.map((i) => i.humanCodingScheme)).toEqual(expect.arrayContaining(['RIV', 'RIV-01', 'RIV-02', 'RIV-90']));
    expect(moodleIds).toEqual(expect.arrayContaining(['RIV', 'RIV-01', 'RIV-02']));
    expect(badges.find((b) => b.humanCode === 'RIV')?.alignment.map((a) => a.targetCode)).toEqual(['RIV', 'RIV-01', 'RIV-02']);
  });
});
