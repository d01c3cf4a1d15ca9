/**
 * The cross-check: does the competency framework still rest on the guidance? It reads like its steps.
 * The site reads the same report, so what the build checked is what the coverage page shows.
 */
import { checkCoverage, coverage, type PageCoverage } from './coverage.ts';
import { checkGuidance } from './check-guidance.ts';
import { checkIds } from './check-ids.ts';
import { checkHidden, type HideOptions } from './check-hidden.ts';
import { checkReviews } from './check-review.ts';
import { checkAnswers } from './check-answers.ts';
import { checkStandards } from './check-standards.ts';
import { checkReplacements } from './check-retired.ts';
import { checkQuestions } from './check-questions.ts';
import { isHidden } from '../../core/hide.ts';
import { loadContent, STANDARDS_FILE, type LoadedDomain } from './load.ts';
import { sortMessages, type Message } from './messages.ts';
import { positionOf } from './yaml-source.ts';

export interface CrosscheckReport {
  ok: boolean;
  framework: { title: string; version: string } | null;
  counts: {
    pages: number;
    sections: number;
    coveredSections: number;
    domains: number;
    statements: number;
    retired: number;
    /** Statements that say how they are assessed, and that map to at least one standard. */
    assessed: number;
    mapped: number;
    errors: number;
    warnings: number;
  };
  coverage: PageCoverage[];
  messages: Message[];
}

/** `today` is the day review dates are checked against: the build's day unless a test fixes it. */
export function runCrosscheck(contentDir: string, options: Partial<HideOptions> & { today?: Date } = {}): CrosscheckReport {
  const hide = options.hide ?? [];
  // 1. Read the guidance (and the organisation's local pages) and the framework, each file against the shared schema.
  const content = loadContent(contentDir);
  // 2. Ids: well formed, unique everywhere, under their own domain.
  const ids = checkIds(content.domains);
  // 3. Guidance: every reference resolves, and the section still says the statement's terms.
  const guidance = checkGuidance(content.domains, content.pages);
  // 4. Domains: none empty.
  const empty = checkDomains(content.domains);
  // 5. Hidden sections: each names a page, and statements resting on them are reported.
  const hidden = checkHidden(content.domains, content.pages, { ...options, hide });
  // 6. Coverage: every page and every `##` section the site shows is cited.
  const shown = content.pages.filter((p) => p.local || !isHidden(p.slug, hide));
  const pages = coverage(shown, content.domains.map((d) => d.data));
  const uncovered = content.domains.length ? checkCoverage(pages) : [];
  // 7. Review dates: pages past theirs are warned about.
  const overdue = checkReviews(shown, options.today ?? new Date());
  // 8. Quick answers: each points at a real section.
  const answers = checkAnswers(content.quickAnswers, content.pages, hide);
  // 9. Standards: every reference names an entry, and each entry the framework covers is cited.
  const standards = checkStandards(content.domains, content.standards, {
    file: `${contentDir}/competencies/${STANDARDS_FILE}`,
    complete: content.failedDomains.length === 0,
  });
  // 10. Retired statements: each points at the current statements that replaced it.
  const replaced = checkReplacements(content.domains);
  // 11. Questions: each list is keyed by a `##` section of its page, and every section the site shows has one.
  const questions = checkQuestions(shown);

  const messages = sortMessages([
    ...content.messages,
    ...ids,
    ...guidance,
    ...empty,
    ...hidden,
    ...uncovered,
    ...overdue,
    ...answers,
    ...standards,
    ...replaced,
    ...questions,
  ]);
  const statements = content.domains.flatMap((d) => d.data.statements);
  const errors = messages.filter((m) => m.severity === 'error').length;
  const required = pages.flatMap((p) => p.sections.filter((s) => s.required));
  return {
    ok: errors === 0,
    framework: content.framework ? { title: content.framework.title, version: content.framework.version } : null,
    counts: {
      pages: pages.length,
      sections: required.length,
      coveredSections: required.filter((s) => s.statements.length > 0).length,
      domains: content.domains.length,
      statements: statements.length,
      retired: content.domains.reduce((n, d) => n + d.data.retired.length, 0),
      assessed: statements.filter((s) => s.assessment?.length).length,
      mapped: statements.filter((s) => s.standards?.length).length,
      errors,
      warnings: messages.length - errors,
    },
    coverage: pages,
    messages,
  };
}

function checkDomains(domains: readonly LoadedDomain[]): Message[] {
  return domains
    .filter((d) => d.data.statements.length === 0)
    .map(({ source, data }) => ({
      file: source.file,
      ...positionOf(source, ['domain', 'id']),
      severity: 'error' as const,
      rule: 'domain-empty' as const,
      text: `domain ${data.domain.id} has no statements; add at least one, or remove the domain`,
    }));
}
