import { readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { RESERVED_DOMAIN_NAMES, allStatements, guidancePath, statementsByPage, statementsForPage, toDomains } from '../../src/core/competency.ts';
import { csvField, frameworkCsv, frameworkJson } from '../../src/core/export.ts';
import { PACK, SIGN_OFF, observationPath, observationPdfPath, qrSvg, shortAddress } from '../../src/core/sheet.ts';
import { ASSESSMENT_LABELS, ASSESSMENT_METHODS, domainFileSchema, frameworkSchema } from '../../src/core/schema/competency.ts';
import { standardsFileSchema } from '../../src/core/schema/standards.ts';
import { runCrosscheck } from '../../src/build/crosscheck/index.ts';

const statement = (id: string, guidance: string[]) => ({ id, statement: `I do ${id}, "carefully", always.`, level: 'all' as const, guidance, terms: ['x'], assessment: ['discussion' as const] });
const entries = [
  { id: 'trust', data: { domain: { id: 'TRS', title: 'Trust', summary: 'Being reliable.', order: 2 }, statements: [statement('TRS-01', ['a#one'])], retired: [] } },
  { id: 'boundaries', data: { domain: { id: 'BND', title: 'Boundaries', summary: 'Keeping limits.', order: 1 }, statements: [statement('BND-01', ['b#two', 'a#three'])], retired: [] } },
];
const domains = toDomains(entries);
const meta = frameworkSchema.parse({ title: 'F', version: '1.2.3', published: '2026-11-27', changelog: [{ version: '1.2.3', date: '2026-11-27', changes: ['x'] }] });

describe('the framework as the site draws it', () => {
  it('orders domains by their order and keeps the file name as the sheet address', () => {
    expect(domains.map((d) => [d.id, d.slug])).toEqual([['BND', 'boundaries'], ['TRS', 'trust']]);
    expect(allStatements(domains).map((s) => s.statement.id)).toEqual(['BND-01', 'TRS-01']);
  });

  it('finds the statements a guidance page supports', () => {
    expect(statementsForPage(domains, 'a').map((s) => s.statement.id)).toEqual(['BND-01', 'TRS-01']);
    expect(statementsForPage(domains, 'b').map((s) => s.statement.id)).toEqual(['BND-01']);
    expect(statementsForPage(domains, 'c')).toEqual([]);
  });

  it('finds them for every page in one pass', () => {
    const byPage = statementsByPage(domains);
    expect([...byPage.keys()].sort()).toEqual(['a', 'b']);
    expect(byPage.get('a')!.map((s) => s.statement.id)).toEqual(['BND-01', 'TRS-01']);
    expect(byPage.get('b')!.map((s) => s.statement.id)).toEqual(['BND-01']);
  });

  it('turns guidance into a site path', () => {
    expect(guidancePath('components/communication#four-skills-that-help')).toBe('guidance/components/communication/#four-skills-that-help');
  });
});

describe('downloads', () => {
  const address = (path: string) => `https://example.org/${path}`;
  const standards = standardsFileSchema.parse({
    frameworks: [{ id: 'cc2015', title: 'The Care Certificate', shortTitle: 'CC', source: 'Skills for Care', entries: [{ id: 'cc2015-6', number: 6, title: 'Communication' }] }],
  });
  const assessed = toDomains([
    {
      id: 'boundaries',
      data: {
        domain: { id: 'BND', title: 'Boundaries', summary: 'Keeping limits.', order: 1 },
        statements: [{ ...statement('BND-01', ['b#two']), assessment: ['observation' as const, 'records' as const], standards: ['cc2015-6'] }],
        retired: [{ id: 'BND-90', statement: 'I did two things at once.', retiredIn: '2.0.0', replacedBy: ['BND-01', 'BND-02'] }],
      },
    },
  ]);

  it('writes a CSV row per statement, quoting what needs it', () => {
    const csv = frameworkCsv({ meta, domains }, address);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('id,domain,domain_title,level,statement,guidance_urls,assessment,standards');
    expect(lines[1]).toBe('BND-01,BND,Boundaries,all,"I do BND-01, ""carefully"", always.",https://example.org/guidance/b/#two https://example.org/guidance/a/#three,discussion,');
    expect(lines).toHaveLength(4);
    expect(csvField('plain')).toBe('plain');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('puts the assessment methods and standard ids in the CSV, separated by spaces', () => {
    const row = frameworkCsv({ meta, domains: assessed, standards }, address).split('\r\n')[1]!;
    expect(row.split(',').slice(-2)).toEqual(['observation records', 'cc2015-6']);
  });

  it('writes JSON with the version, dates as days, and guidance addresses', () => {
    const json = frameworkJson({ meta, domains }, address) as { version: string; published: string; domains: { statements: { url: string; guidance: { url: string }[] }[] }[] };
    expect(json.version).toBe('1.2.3');
    expect(json.published).toBe('2026-11-27');
    expect(json.domains[0]!.statements[0]!.url).toBe('https://example.org/c/BND-01/');
    expect(json.domains[0]!.statements[0]!.guidance[1]!.url).toBe('https://example.org/guidance/a/#three');
  });

  it('writes each statement\'s methods and standards to JSON, with the vocabulary and the standards they name', () => {
    const json = frameworkJson({ meta, domains: assessed, standards }, address) as {
      assessmentMethods: Record<string, string>;
      domains: { statements: { assessment: string[]; standards: object[] }[]; retired: { replacedBy: string[] }[] }[];
      standards: { id: string; entries: { id: string; url: string }[] }[];
    };
    expect(json.assessmentMethods['reflective-account']).toBe('Reflective account');
    expect(json.domains[0]!.statements[0]!.assessment).toEqual(['observation', 'records']);
    expect(json.domains[0]!.statements[0]!.standards).toEqual([{ id: 'cc2015-6', framework: 'cc2015', number: 6, title: 'Communication' }]);
    expect(json.domains[0]!.retired[0]!.replacedBy).toEqual(['BND-01', 'BND-02']);
    expect(json.standards[0]!.entries[0]!.url).toBe('https://example.org/framework/standards/#cc2015-6');
  });
});

describe('sheet helpers', () => {
  it("keeps the pack's, the sign-off's and the standards' addresses from being a domain's", () => {
    expect(Object.keys(RESERVED_DOMAIN_NAMES)).toEqual(expect.arrayContaining([PACK, SIGN_OFF, 'standards', 'coverage']));
  });

  it("puts a domain's observation record below its sheet, and its PDF beside it", () => {
    expect(observationPath('boundaries')).toBe('sheets/boundaries/observation/');
    expect(observationPdfPath('boundaries')).toBe('sheets/boundaries/observation.pdf');
  });

  it('makes a QR code as inline SVG with no style attributes, hidden from screen readers', async () => {
    const svg = await qrSvg('https://learning.example.org/c/BND-03/');
    expect(svg.startsWith('<svg aria-hidden="true"')).toBe(true);
    expect(svg).not.toContain('style=');
    expect(svg.length).toBeLessThan(6000);
  });
  it('prints short addresses without the scheme', () => {
    expect(shortAddress('https://learning.example.org/c/BND-03/')).toBe('learning.example.org/c/BND-03/');
  });
});

describe('domain file schema', () => {
  const domain = { id: 'BND', title: 'B', summary: 'Keeping limits.', order: 1 };
  const base = { id: 'BND-01', statement: 'I keep to limits.', level: 'all', guidance: ['a#b'], terms: ['limits'], assessment: ['discussion'] };
  const issues = (data: object) => domainFileSchema.safeParse({ domain, ...data }).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

  it('takes assessment methods from one vocabulary, each with a plain label, and requires at least one', () => {
    expect(Object.keys(ASSESSMENT_LABELS)).toEqual([...ASSESSMENT_METHODS]);
    expect(ASSESSMENT_LABELS.witness).toBe('Witness testimony');
    expect(issues({ statements: [base] })).toEqual([]);
    const unassessed: Partial<typeof base> = { ...base };
    delete unassessed.assessment;
    expect(issues({ statements: [unassessed] })).toEqual([
      'statements.0.assessment: Say how an assessor judges it: list one or more of observation, discussion, reflective-account, witness, records.',
    ]);
    expect(issues({ statements: [{ ...base, assessment: ['observation', 'witness'], standards: ['cc2015-6'] }] })).toEqual([]);
  });

  it('refuses an unknown method with the list of valid ones, and an empty list', () => {
    expect(issues({ statements: [{ ...base, assessment: ['observation', 'observed'] }] })).toEqual([
      'statements.0.assessment.1: "observed" is not an assessment method; use one of: observation, discussion, reflective-account, witness, records',
    ]);
    expect(issues({ statements: [{ ...base, assessment: [] }] })).toEqual([
      'statements.0.assessment: List at least one method: observation, discussion, reflective-account, witness or records.',
    ]);
  });

  it('asks for replacedBy as a list, as a retired statement may have been split', () => {
    const retired = { id: 'BND-90', statement: 'I did two things at once.', retiredIn: '2.0.0' };
    expect(issues({ statements: [base], retired: [{ ...retired, replacedBy: ['BND-01', 'BND-02'] }] })).toEqual([]);
    expect(issues({ statements: [base], retired: [{ ...retired, replacedBy: 'BND-01' }] })).toEqual([
      'retired.0.replacedBy: Write replacedBy as a list of ids, e.g. [BND-03], or [BND-08, BND-09] when a statement was split.',
    ]);
  });

  it('refuses a statement without terms and a bad level, naming the fields', () => {
    const result = domainFileSchema.safeParse({
      domain: { id: 'BND', title: 'B', summary: 'Keeping limits.', order: 1 },
      statements: [{ id: 'BND-01', statement: 'I keep to limits.', level: 'manager', guidance: [], terms: [], assessment: ['discussion'] }],
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['statements.0.level', 'statements.0.terms']);
  });
});

describe('the real framework', () => {
  it('passes the cross-check: every reference resolves and every section is covered', () => {
    const report = runCrosscheck('content');
    // No warning either: every in-scope Care Certificate standard has a statement, every section lists the
    // questions it answers, and no page is past review.
    expect(report.messages).toEqual([]);
    expect(report.counts.domains).toBeGreaterThanOrEqual(8);
    expect(report.counts.statements).toBeGreaterThanOrEqual(45);
    expect(report.counts.coveredSections).toBe(report.counts.sections);
  });

  it('lists the standards as our references give them, and no more', () => {
    const file = standardsFileSchema.parse(jsYaml.load(readFileSync('content/competencies/standards.yaml', 'utf8')));
    const entries = (id: string) => file.frameworks.find((f) => f.id === id)!.entries;
    expect(entries('cc2015').map((e) => e.number)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(entries('cc2015').find((e) => e.number === 9)!.title).toBe('Awareness of mental health, dementia and learning disability');
    // Of the 2025 update only standard 9 is confirmed; the new standard's number and title are left out.
    expect(entries('cc2025').map((e) => [e.number, e.title])).toEqual([[9, 'Awareness of mental health and dementia']]);
    expect(entries('coc')).toHaveLength(7);
    expect(entries('nmc').map((e) => e.title)).toEqual(['Prioritise people', 'Practise effectively', 'Preserve safety', 'Promote professionalism and trust']);
    expect(entries('swe')).toHaveLength(6);
    expect(new Set(entries('cqc').map((e) => e.group))).toEqual(new Set(['Safe', 'Effective', 'Caring', 'Responsive', 'Well-led']));
    expect(entries('cc2015').filter((e) => e.inScope).map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 10, 14]);
  });
});
