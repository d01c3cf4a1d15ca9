/** The framework as the site draws it: domains in order, each with its statements. Pure, so it is unit tested. */
import type { DomainFile, Framework, Statement, RetiredStatement } from './schema/competency.ts';

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
}

/**
 * File names a domain must not have: a domain's pages are /framework/<name>/ and /sheets/<name>/, and these
 * addresses are taken. Each says by what.
 */
export const RESERVED_DOMAIN_NAMES: Readonly<Record<string, string>> = {
  coverage: '/framework/coverage/ is the coverage table',
  all: '/sheets/all/ is the pack of every sheet',
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

/** The guidance page slug a piece of evidence points at: "components/empathy#x" → "components/empathy". */
export function evidencePage(ref: string): string {
  return ref.slice(0, ref.indexOf('#'));
}

/** The site path of a page evidence can name: "local/<page>/" for the organisation's own pages, else "guidance/<page>/". */
export function pagePath(slug: string): string {
  return slug.startsWith('local/') ? `${slug}/` : `guidance/${slug}/`;
}

/** The site path of a piece of evidence: "guidance/<page>/#<anchor>", or "local/<page>/#<anchor>". */
export function evidencePath(ref: string): string {
  const at = ref.indexOf('#');
  return `${pagePath(ref.slice(0, at))}${ref.slice(at)}`;
}

/**
 * The statements whose evidence cites each page (by slug), in framework order: worked out in one pass over the
 * framework, for all the pages built from it.
 */
export function statementsByPage(domains: readonly Domain[]): Map<string, { statement: Statement; domain: Domain }[]> {
  const byPage = new Map<string, { statement: Statement; domain: Domain }[]>();
  for (const entry of allStatements(domains)) {
    for (const slug of new Set(entry.statement.evidence.map(evidencePage))) {
      const list = byPage.get(slug);
      if (list) list.push(entry);
      else byPage.set(slug, [entry]);
    }
  }
  return byPage;
}

/** Statements whose evidence cites the given guidance page, in framework order. */
export function statementsForPage(domains: readonly Domain[], slug: string): { statement: Statement; domain: Domain }[] {
  return statementsByPage(domains).get(slug) ?? [];
}

/** The folder every statement's own page is in, below the base. */
export const STATEMENT_DIR = 'c/';

/** The permanent address of a statement, which QR codes point to: "c/BND-03/". */
export function statementPath(id: string): string {
  return `${STATEMENT_DIR}${id}/`;
}
