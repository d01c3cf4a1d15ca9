import { describe, expect, it } from 'vitest';
import { RESERVED_DOMAIN_NAMES, allStatements, evidencePath, statementsByPage, statementsForPage, toDomains } from '../../src/lib/competency.ts';
import { csvField, frameworkCsv, frameworkJson } from '../../src/lib/export.ts';
import { PACK, qrSvg, shortAddress } from '../../src/lib/sheet.ts';
import { domainFileSchema, frameworkSchema } from '../../src/lib/schema/competency.ts';
import { runCrosscheck } from '../../src/lib/crosscheck/index.ts';

const statement = (id: string, evidence: string[]) => ({ id, statement: `I do ${id}, "carefully", always.`, level: 'all' as const, evidence, terms: ['x'] });
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

  it('turns evidence into a site path', () => {
    expect(evidencePath('components/communication#four-skills-that-help')).toBe('guidance/components/communication/#four-skills-that-help');
  });
});

describe('downloads', () => {
  const address = (path: string) => `https://example.org/${path}`;
  it('writes a CSV row per statement, quoting what needs it', () => {
    const csv = frameworkCsv({ meta, domains }, address);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('id,domain,domain_title,level,statement,evidence_urls');
    expect(lines[1]).toBe('BND-01,BND,Boundaries,all,"I do BND-01, ""carefully"", always.",https://example.org/guidance/b/#two https://example.org/guidance/a/#three');
    expect(lines).toHaveLength(4);
    expect(csvField('plain')).toBe('plain');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('writes JSON with the version, dates as days, and evidence addresses', () => {
    const json = frameworkJson({ meta, domains }, address) as { version: string; published: string; domains: { statements: { url: string; evidence: { url: string }[] }[] }[] };
    expect(json.version).toBe('1.2.3');
    expect(json.published).toBe('2026-11-27');
    expect(json.domains[0]!.statements[0]!.url).toBe('https://example.org/c/BND-01/');
    expect(json.domains[0]!.statements[0]!.evidence[1]!.url).toBe('https://example.org/guidance/a/#three');
  });
});

describe('sheet helpers', () => {
  it("keeps the pack's address from being a domain's", () => {
    expect(Object.keys(RESERVED_DOMAIN_NAMES)).toContain(PACK);
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
  it('refuses a statement without terms and a bad level, naming the fields', () => {
    const result = domainFileSchema.safeParse({
      domain: { id: 'BND', title: 'B', summary: 'Keeping limits.', order: 1 },
      statements: [{ id: 'BND-01', statement: 'I keep to limits.', level: 'manager', evidence: [], terms: [] }],
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['statements.0.level', 'statements.0.terms']);
  });
});

describe('the real framework', () => {
  it('passes the cross-check: every reference resolves and every section is covered', () => {
    const report = runCrosscheck('content');
    expect(report.messages).toEqual([]);
    expect(report.counts.domains).toBeGreaterThanOrEqual(8);
    expect(report.counts.statements).toBeGreaterThanOrEqual(45);
    expect(report.counts.coveredSections).toBe(report.counts.sections);
  });
});
