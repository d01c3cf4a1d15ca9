/** Problems the cross-check finds: each names a file, a position, a rule, and says what to do. */

export type Severity = 'error' | 'warning';

/** The rules, one per kind of problem; fixtures in tests/fixtures/crosscheck/<rule>/ prove each one. */
export type Rule =
  | 'yaml-syntax'
  | 'schema'
  | 'id-domain'
  | 'id-duplicate'
  | 'domain-duplicate'
  | 'domain-reserved'
  | 'guidance-page'
  | 'guidance-heading'
  | 'term-missing'
  | 'page-uncovered'
  | 'section-uncovered'
  | 'domain-empty'
  | 'no-guidance'
  | 'framework-missing'
  | 'local-reserved'
  | 'guidance-hidden'
  | 'hide-unknown'
  | 'review-overdue'
  | 'answer-link'
  | 'answer-hidden'
  | 'evidence-renamed'
  | 'standard-unknown'
  | 'standard-unmapped'
  | 'replaced-by-unknown'
  | 'replaced-by-retired'
  | 'questions-heading'
  | 'questions-missing'
  | 'questions-sentence';

export interface Message {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  rule: Rule;
  text: string;
}

/** One line, as editors and CI logs link it: `file:line:column error text [rule]`. */
export function formatMessage(m: Message): string {
  return `${m.file}:${m.line}:${m.column} ${m.severity} ${m.text} [${m.rule}]`;
}

/** Messages sorted by file, then position, so each file's problems read together. */
export function sortMessages(messages: readonly Message[]): Message[] {
  return [...messages].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.text.localeCompare(b.text),
  );
}

/** The whole report as text: grouped by file, then a count. */
export function formatReport(messages: readonly Message[]): string {
  const sorted = sortMessages(messages);
  const out: string[] = [];
  let file = '';
  for (const m of sorted) {
    if (m.file !== file) {
      if (file) out.push('');
      file = m.file;
      out.push(file);
    }
    out.push(`  ${formatMessage(m)}`);
  }
  const errors = sorted.filter((m) => m.severity === 'error').length;
  const warnings = sorted.length - errors;
  const files = new Set(sorted.map((m) => m.file)).size;
  if (sorted.length) out.push('', `${errors} error(s), ${warnings} warning(s) in ${files} file(s)`);
  return out.join('\n');
}
