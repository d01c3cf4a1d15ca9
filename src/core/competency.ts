/** The framework as the site draws it: domains in order, each with its statements. Pure, so it is unit tested. */
import type { AssessmentMethod, DomainFile, Framework, Statement, RetiredStatement } from './schema/competency.ts';
import type { StandardsFile } from './schema/standards.ts';
import { splitRef } from './guidance-ref.ts';

export interface Domain {
  id: string;
  title: string;
  summary: string;
  order: number;
  /** The file's name without extension: the sheet's address, e.g. "boundaries". */
  slug: string;
  statements: Statement[];
  retired: RetiredStatement[];
}

export interface FrameworkView {
  meta: Framework;
  domains: Domain[];
  /** content/competencies/standards.yaml, when there is one. */
  standards?: StandardsFile | undefined;
}

/**
 * File names a domain must not have: a domain's pages are /framework/<name>/ and /sheets/<name>/, and these
 * addresses are taken. Each says by what.
 */
export const RESERVED_DOMAIN_NAMES: Readonly<Record<string, string>> = {
  coverage: '/framework/coverage/ is the coverage table',
  standards: '/framework/standards/ lists the standards the statements map to',
  downloads: '/framework/downloads/ lists the files for learning systems',
  all: '/sheets/all/ is the pack of every sheet',
  'sign-off': '/sheets/sign-off/ is the sign-off page',
};

/** Domains sorted by their order, from the collection entries (id = file name). */
export function toDomains(entries: readonly { id: string; data: DomainFile }[]): Domain[] {
  return entries
    .map(({ id, data }) => ({ ...data.domain, slug: id, statements: data.statements, retired: data.retired }))
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** Every active statement with its domain, in framework order. */
export function allStatements(domains: readonly Domain[]): { statement: Statement; domain: Domain }[] {
  return domains.flatMap((domain) => domain.statements.map((statement) => ({ statement, domain })));
}

/** The guidance page slug a guidance reference points at: "components/empathy#x" → "components/empathy". */
export function guidancePage(ref: string): string {
  return splitRef(ref).slug;
}

/** The site path of a page guidance can name: "local/<page>/" for the organisation's own pages, else "guidance/<page>/". */
export function pagePath(slug: string): string {
  return slug.startsWith('local/') ? `${slug}/` : `guidance/${slug}/`;
}

/** The site path of a guidance reference: "guidance/<page>/#<anchor>", or "local/<page>/#<anchor>". */
export function guidancePath(ref: string): string {
  const { slug, anchor } = splitRef(ref);
  return `${pagePath(slug)}#${anchor}`;
}

/**
 * The statements whose guidance cites each page (by slug), in framework order: worked out in one pass over the
 * framework, for all the pages built from it.
 */
export function statementsByPage(domains: readonly Domain[]): Map<string, { statement: Statement; domain: Domain }[]> {
  const byPage = new Map<string, { statement: Statement; domain: Domain }[]>();
  for (const entry of allStatements(domains)) {
    for (const slug of new Set(entry.statement.guidance.map(guidancePage))) {
      const list = byPage.get(slug);
      if (list) list.push(entry);
      else byPage.set(slug, [entry]);
    }
  }
  return byPage;
}

/** Statements whose guidance cites the given page, in framework order. */
export function statementsForPage(domains: readonly Domain[], slug: string): { statement: Statement; domain: Domain }[] {
  return statementsByPage(domains).get(slug) ?? [];
}

/** The folder every statement's own page is in, below the base. */
export const STATEMENT_DIR = 'c/';

/** The permanent address of a statement, which QR codes point to: "c/BND-03/". */
export function statementPath(id: string): string {
  return `${STATEMENT_DIR}${id}/`;
}

/** The statements an assessor judges by `method`, in framework order: an observation record's rows. */
export function assessedBy(domain: Domain, method: AssessmentMethod): Statement[] {
  return domain.statements.filter((s) => s.assessment?.includes(method));
}

/**
 * Each retired statement's current replacements, by id: where a saved answer or an old sheet should lead.
 * Replacements no longer in the framework are left out (the cross-check reports them).
 */
export function replacementsOf(domains: readonly Domain[]): Map<string, string[]> {
  const current = new Set(allStatements(domains).map(({ statement }) => statement.id));
  return new Map(domains.flatMap((d) => d.retired.map((r) => [r.id, (r.replacedBy ?? []).filter((id) => current.has(id))] as const)));
}
