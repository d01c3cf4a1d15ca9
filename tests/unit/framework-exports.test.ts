import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toDomains, type FrameworkView } from '../../src/core/competency.ts';
import { frameworkSchema } from '../../src/core/schema/competency.ts';
import { standardsFileSchema } from '../../src/core/schema/standards.ts';
import { RAPPORT_NAMESPACE, UUID, sha1, uuidV5 } from '../../src/core/framework-exports/ids.ts';
import { casePackage } from '../../src/core/framework-exports/case.ts';
import { MOODLE_COLUMNS, moodleCsv, moodleIdNumber, shorten } from '../../src/core/framework-exports/moodle.ts';
import { achievement as buildAchievement } from '../../src/core/framework-exports/badges.ts';
import type { ExportInput } from '../../src/core/framework-exports/site.ts';
import { achievement, alignmentProblems, casePackageProblems, cfPackage, moodleProblems, parseCsv } from '../support/framework-exports.ts';

const statement = (id: string, text: string, extra: object = {}) => ({
  id,
  statement: text,
  level: 'all' as const,
  guidance: ['drawing-boundaries#gifts'],
  terms: ['gift'],
  assessment: ['observation' as const, 'discussion' as const],
  ...extra,
});

function fixture(): FrameworkView {
  return {
    meta: frameworkSchema.parse({
      title: 'Rapport competency framework',
      version: '2.0.0',
      published: '2026-12-03',
      summary: 'Plain statements of good practice.',
      changelog: [
        { version: '2.0.0', date: '2026-12-03', changes: ['Split BND-90.'] },
        { version: '1.0.0', date: '2026-01-05', changes: ['First.'] },
      ],
    }),
    domains: toDomains([
      {
        id: 'boundaries',
        data: {
          domain: { id: 'BND', title: 'Boundaries', summary: 'Keeping professional limits, kindly.', order: 1 },
          statements: [
            statement('BND-01', 'I decline personal gifts politely, and explain why, so nobody feels turned away.', { standards: ['cc2015-6'] }),
            statement('BND-02', 'I tell my manager about any offer I am unsure of, the same day, and write it down in the gifts register for the home.', {
              level: 'lead',
            }),
          ],
          retired: [{ id: 'BND-90', statement: 'I refuse gifts and tell my manager.', retiredIn: '2.0.0', reason: 'Two behaviours.', replacedBy: ['BND-01', 'BND-02'] }],
        },
      },
      {
        id: 'local-riverside',
        data: {
          domain: { id: 'RIV', title: 'Riverside policies', summary: 'Our own policies on gifts.', order: 11 },
          statements: [statement('RIV-01', 'I write every gift, offer or favour, including those I turn down, in the register.')],
          retired: [],
        },
      },
    ]),
    standards: standardsFileSchema.parse({
      frameworks: [
        {
          id: 'cc2015',
          title: 'The Care Certificate',
          shortTitle: 'Care Certificate 2015',
          source: 'Skills for Care',
          entries: [
            { id: 'cc2015-6', number: 6, title: 'Communication' },
            { id: 'cc2015-7', number: 7, title: 'Privacy and dignity' },
          ],
        },
      ],
    }),
  };
}

const siteAt = (origin: string | undefined): ExportInput['site'] => ({
  creator: 'Riverside Care Homes',
  absolute: origin ? (path: string) => `${origin}/rapport/${path}` : undefined,
});
const online = (view = fixture()): ExportInput => ({ view, site: siteAt('https://learning.example.org') });
const offline = (view = fixture()): ExportInput => ({ view, site: siteAt(undefined) });

/** Every exported identifier by the Rapport code it stands for. */
function idsByCode(input: ExportInput): Record<string, string> {
  const pkg = casePackage(input);
  const ids: Record<string, string> = { document: pkg.CFDocument.identifier };
  for (const item of pkg.CFItems) ids[item.humanCodingScheme] = item.identifier;
  for (const a of pkg.CFAssociations) ids[`${a.associationType} ${a.originNodeURI.title.split(' ')[0]} → ${a.destinationNodeURI.title.split(' ')[0]}`] = a.identifier;
  for (const d of input.view.domains) ids[`badge ${d.id}`] = buildAchievement(input, d).id;
  return ids;
}

describe('stable identifiers', () => {
  it('makes RFC 4122 version 5 UUIDs (the RFC’s own example)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(uuidV5('statement:BND-01')).toMatch(UUID);
    expect(uuidV5('statement:BND-01')).toBe(uuidV5('statement:BND-01', RAPPORT_NAMESPACE));
    expect(uuidV5('statement:BND-01')).not.toBe(uuidV5('domain:BND-01'));
  });

  it('hashes like SHA-1 at every length around a block boundary', () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const bytes = new TextEncoder().encode('é'.repeat(length).slice(0, length));
      expect(Buffer.from(sha1(bytes)).toString('hex')).toBe(createHash('sha1').update(bytes).digest('hex'));
    }
  });

  it('are the same on two builds, with or without a site address', () => {
    expect(JSON.stringify(casePackage(online()))).toBe(JSON.stringify(casePackage(online())));
    // A badge's id is its address when the site has one; every CASE identifier is the same either way.
    const caseIds = (input: ExportInput) => Object.entries(idsByCode(input)).filter(([code]) => !code.startsWith('badge '));
    expect(caseIds(online())).toEqual(caseIds(offline()));
  });

  it('stay the same after an unrelated edit: reworded statements, a new statement and a new version', () => {
    const edited = fixture();
    edited.meta = { ...edited.meta, version: '2.1.0', summary: 'Reworded.' };
    const bnd = edited.domains[0]!;
    edited.domains[0] = {
      ...bnd,
      summary: 'Keeping limits, reworded.',
      statements: [...bnd.statements.map((s) => ({ ...s, statement: `${s.statement} Reworded.` })), statement('BND-03', 'I keep my personal phone number private.')],
    };
    const before = idsByCode(online());
    const after = idsByCode(online(edited));
    for (const [code, id] of Object.entries(before)) expect(after[code], code).toBe(id);
    expect(Object.keys(after).length).toBeGreaterThan(Object.keys(before).length);
  });
});

describe('CASE 1.1 package', () => {
  for (const [name, input] of [['with a site address', online()], ['without one', offline()]] as const) {
    it(`meets the specification’s rules ${name}`, () => {
      const pkg = cfPackage.parse(casePackage(input));
      expect(casePackageProblems(pkg)).toEqual([]);
    });
  }

  it('puts domains under the document and statements under their domain, in order', () => {
    const pkg = casePackage(online());
    const code = new Map([[pkg.CFDocument.identifier, 'document'], ...pkg.CFItems.map((i) => [i.identifier, i.humanCodingScheme] as const)]);
    const children = pkg.CFAssociations.filter((a) => a.associationType === 'isChildOf').map((a) => `${code.get(a.originNodeURI.identifier)}<${code.get(a.destinationNodeURI.identifier)}#${a.sequenceNumber}`);
    expect(children).toEqual(['BND<document#1', 'BND-01<BND#1', 'BND-02<BND#2', 'RIV<document#2', 'RIV-01<RIV#1']);
    expect(pkg.CFItems.find((i) => i.humanCodingScheme === 'BND')).toMatchObject({ CFItemType: 'Domain', fullStatement: 'Boundaries' });
    expect(pkg.CFItems.find((i) => i.humanCodingScheme === 'BND-02')).toMatchObject({ CFItemType: 'Competency', notes: expect.stringContaining('Level: leaders and supervisors.') });
  });

  it('keeps retired statements out of the tree, replaced by what took their place', () => {
    const pkg = casePackage(online());
    const retired = pkg.CFItems.find((i) => i.humanCodingScheme === 'BND-90')!;
    expect(retired).toMatchObject({ statusEndDate: '2026-12-03', notes: 'Retired in version 2.0.0. Two behaviours.' });
    expect(pkg.CFAssociations.filter((a) => a.originNodeURI.identifier === retired.identifier).map((a) => [a.associationType, a.destinationNodeURI.title.split(' ')[0]])).toEqual([
      ['replacedBy', 'BND-01'],
      ['replacedBy', 'BND-02'],
    ]);
  });

  it('relates statements to the standards they evidence, and lists only those standards', () => {
    const pkg = casePackage(online());
    const related = pkg.CFAssociations.filter((a) => a.associationType === 'isRelatedTo');
    expect(related.map((a) => [a.originNodeURI.title.split(' ')[0], a.destinationNodeURI.title])).toEqual([['BND-01', 'cc2015-6 Care Certificate 2015: 6 Communication']]);
    expect(pkg.CFItems.map((i) => i.humanCodingScheme)).not.toContain('cc2015-7');
  });

  it('gives each statement its page as uri when the site has an address, else urn:uuid', () => {
    const item = (input: ExportInput) => casePackage(input).CFItems.find((i) => i.humanCodingScheme === 'BND-01')!;
    expect(item(online()).uri).toBe('https://learning.example.org/rapport/c/BND-01/');
    expect(item(offline()).uri).toBe(`urn:uuid:${item(offline()).identifier}`);
    expect(casePackage(online()).CFDocument).toMatchObject({ creator: 'Riverside Care Homes', title: 'Rapport competency framework', version: '2.0.0', lastChangeDateTime: '2026-12-03T00:00:00+00:00' });
  });

  it('the checks catch a broken package', () => {
    const pkg = cfPackage.parse(casePackage(online()));
    const [bnd, bnd01] = [pkg.CFItems[0]!, pkg.CFItems[1]!];
    const loop = { ...pkg.CFAssociations[1]!, identifier: uuidV5('x'), originNodeURI: { ...pkg.CFAssociations[0]!.originNodeURI }, destinationNodeURI: { title: 'x', identifier: bnd01.identifier, uri: bnd01.uri } };
    expect(casePackageProblems({ ...pkg, CFAssociations: [...pkg.CFAssociations, loop] }).join('\n')).toMatch(/two parents[\s\S]*cycle/);
    expect(casePackageProblems({ ...pkg, CFItems: pkg.CFItems.filter((i) => i !== bnd) }).join('\n')).toMatch(/is not in the package/);
    expect(cfPackage.safeParse({ ...pkg, CFDocument: { ...pkg.CFDocument, identifier: pkg.CFDocument.identifier.toUpperCase() } }).success).toBe(false);
    expect(cfPackage.safeParse({ ...pkg, CFAssociations: [{ ...pkg.CFAssociations[0]!, associationType: 'isParentOf' }] }).success).toBe(false);
    expect(cfPackage.safeParse({ ...pkg, CFItems: [{ ...bnd, lastChangeDateTime: '2026-12-03' }] }).success).toBe(false);
  });
});

describe('Moodle competency framework', () => {
  it('imports as Moodle’s importer reads it', () => {
    expect(moodleProblems(moodleCsv(online()))).toEqual([]);
    expect(moodleProblems(moodleCsv(offline()))).toEqual([]);
  });

  it('has one framework row, its domains, and their statements', () => {
    const [header, ...rows] = parseCsv(moodleCsv(online()));
    expect(header).toEqual([...MOODLE_COLUMNS]);
    expect(rows.map((r) => [r[0], r[1], r[12]])).toEqual([
      ['', 'rapport-competency-framework-2.0.0', '1'],
      ['rapport-competency-framework-2.0.0', 'BND', ''],
      ['BND', 'BND-01', ''],
      ['BND', 'BND-02', ''],
      ['rapport-competency-framework-2.0.0', 'RIV', ''],
      ['RIV', 'RIV-01', ''],
    ]);
    const [framework] = rows;
    expect(framework!.slice(5, 7)).toEqual([
      'New to me,Needs refresh,Adequate,Good',
      '[{"scaleid":"1"},{"id":1,"scaledefault":0,"proficient":0},{"id":2,"scaledefault":0,"proficient":0},{"id":3,"scaledefault":1,"proficient":1},{"id":4,"scaledefault":0,"proficient":1}]',
    ]);
    expect(framework![13]).toBe('domain,competency');
    expect(rows.find((r) => r[1] === 'BND-01')![3]).toContain('<a href="https://learning.example.org/rapport/c/BND-01/">');
    expect(parseCsv(moodleCsv(offline())).find((r) => r[1] === 'BND-01')![3]).not.toContain('<a ');
  });

  it('keeps ID numbers and short names within 100 characters, with commas as %2C', () => {
    const long = parseCsv(moodleCsv(online())).find((r) => r[1] === 'BND-02')!;
    expect(long[2]!.length).toBeLessThanOrEqual(100);
    expect(long[2]).toMatch(/^BND-02 I tell my manager .*…$/);
    expect(moodleIdNumber('A,B')).toBe('A%2CB');
    expect(shorten('word '.repeat(40)).length).toBeLessThanOrEqual(100);
  });

  it('the checks catch a file Moodle would refuse', () => {
    const csv = moodleCsv(online());
    expect(moodleProblems(csv.replace('""scaledefault"":1', '""scaledefault"":0'))).toContain('the scale needs exactly one default');
    expect(moodleProblems(csv.replace(/""proficient"":1/g, '""proficient"":0'))).toContain('the scale needs a proficient value');
    expect(moodleProblems(csv.replace('\r\nBND,BND-01', '\r\nBNX,BND-01')).join()).toMatch(/parent "BNX" is not in the file/);
    expect(moodleProblems(csv.replace('domain,competency', 'domain,statement')).join()).toMatch(/not from Moodle's list/);
  });
});

describe('Open Badges 3.0 achievements', () => {
  it('define one achievement per domain, aligned to its CASE items', () => {
    for (const input of [online(), offline()]) {
      const pkg = cfPackage.parse(casePackage(input));
      for (const domain of input.view.domains) {
        const badge = achievement.parse(buildAchievement(input, domain));
        expect(badge.alignment.map((a) => a.targetCode)).toEqual([domain.id, ...domain.statements.map((s) => s.id)]);
        expect(alignmentProblems(badge, pkg)).toEqual([]);
      }
    }
  });

  it('point to the sign-off page and say what earning it means', () => {
    const badge = buildAchievement(online(), fixture().domains[0]!);
    expect(badge.criteria.id).toBe('https://learning.example.org/rapport/sheets/sign-off/');
    expect(badge.criteria.narrative).toContain('- BND-02 (leaders and supervisors; observation, professional discussion): I tell my manager');
    expect(badge.id).toBe('https://learning.example.org/rapport/badges/boundaries.json');
    expect(buildAchievement(offline(), fixture().domains[0]!).id).toMatch(/^urn:uuid:/);
  });
});
