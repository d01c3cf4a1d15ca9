/**
 * Reads the content folder for the cross-check: the guidance pages, framework.yaml, standards.yaml and each
 * domain file, each checked against the shared schema. A file that fails its schema is reported and left out of the
 * later checks, which would only repeat the same problem in other words.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { z } from 'astro/zod';
import { RESERVED_DOMAIN_NAMES } from '../../core/competency.ts';
import { listFiles } from '../files.ts';
import { parseGuidance, slugOf, type GuidancePage } from '../../core/guidance.ts';
import { domainFileSchema, frameworkSchema, type DomainFile, type Framework } from '../../core/schema/competency.ts';
import { quickAnswersSchema, type QuickAnswers } from '../../core/schema/quick-answers.ts';
import { standardsFileSchema, type StandardsFile } from '../../core/schema/standards.ts';
import { guidanceSchema } from '../../core/schema/guidance.ts';
import { localSchema } from '../../core/schema/local.ts';
import { issueMessage, type IssueWords } from '../../core/schema/issues.ts';
import type { Message } from './messages.ts';
import { renameStatementFields } from './renamed.ts';
import { parseYaml, positionOf, readData, type YamlSource } from './yaml-source.ts';

export interface LoadedDomain {
  source: YamlSource;
  data: DomainFile;
}

export interface Content {
  pages: GuidancePage[];
  framework?: Framework;
  domains: LoadedDomain[];
  /** Domain files left out because they failed their schema: checks of the whole framework wait for them. */
  failedDomains: string[];
  /** content/competencies/standards.yaml, when there is one. */
  standards?: { source: YamlSource; data: StandardsFile };
  /** content/quick-answers.yaml, when there is one. */
  quickAnswers?: { source: YamlSource; data: QuickAnswers };
  messages: Message[];
}

export const FRAMEWORK_FILE = 'framework.yaml';
/** The external standards statements map to, beside framework.yaml: not a domain. */
export const STANDARDS_FILE = 'standards.yaml';
/** The "What to do if…" page's answers, beside guidance/ and competencies/. */
export const QUICK_ANSWERS_FILE = 'quick-answers.yaml';
/** The folder of the organisation's own pages, beside guidance/ and competencies/. */
export const LOCAL_DIR = 'local';

export function loadContent(contentDir: string): Content {
  const messages: Message[] = [];
  const guidanceDir = `${contentDir}/guidance`;
  const competencyDir = `${contentDir}/competencies`;
  const pages = listFiles(guidanceDir, ['.mdx']).map((file) => {
    const text = readFileSync(file, 'utf8');
    checkFrontmatter(file, text, guidanceSchema, messages);
    return parseGuidance(text, file, slugOf(file, guidanceDir));
  });
  // The organisation's own pages: guidance names them "local/<name>#<heading>", as their address /local/<name>/ reads.
  const localDir = `${contentDir}/${LOCAL_DIR}`;
  if (existsSync(localDir)) {
    for (const file of listFiles(localDir, ['.mdx'])) {
      const text = readFileSync(file, 'utf8');
      checkFrontmatter(file, text, localSchema, messages);
      pages.push({ ...parseGuidance(text, file, `${LOCAL_DIR}/${slugOf(file, localDir)}`), local: true });
    }
  }
  if (existsSync(`${guidanceDir}/${LOCAL_DIR}`)) {
    messages.push({
      file: `${guidanceDir}/${LOCAL_DIR}`,
      line: 1,
      column: 1,
      severity: 'error',
      rule: 'local-reserved',
      text: `"${LOCAL_DIR}" is kept for the organisation's own pages: move these pages to ${localDir}/, or rename the folder`,
    });
  }

  const frameworkFile = `${competencyDir}/${FRAMEWORK_FILE}`;
  let framework: Framework | undefined;
  if (!existsSync(frameworkFile)) {
    messages.push({
      file: frameworkFile,
      line: 1,
      column: 1,
      severity: 'error',
      rule: 'framework-missing',
      text: `no ${FRAMEWORK_FILE}: create it with the framework's title, version, published date and changelog`,
    });
  } else {
    framework = validate(parseYaml(readFileSync(frameworkFile, 'utf8'), frameworkFile), frameworkSchema, messages);
  }

  const domains: LoadedDomain[] = [];
  const failedDomains: string[] = [];
  const domainFiles = existsSync(competencyDir) ? listFiles(competencyDir, ['.yaml', '.yml']) : [];
  for (const file of domainFiles.filter((f) => basename(f) !== FRAMEWORK_FILE && basename(f) !== STANDARDS_FILE)) {
    const name = basename(file, extname(file));
    const taken = Object.hasOwn(RESERVED_DOMAIN_NAMES, name) ? RESERVED_DOMAIN_NAMES[name] : undefined;
    if (taken) {
      messages.push({ file, line: 1, column: 1, severity: 'error', rule: 'domain-reserved', text: `a domain cannot be called "${name}": ${taken}; rename the file` });
    }
    const source = parseYaml(readFileSync(file, 'utf8'), file);
    const data = validate(source, domainFileSchema, messages, (raw) => {
      const renamed = renameStatementFields(source, raw);
      messages.push(...renamed.messages);
      return renamed.data;
    });
    if (data) domains.push({ source, data });
    else failedDomains.push(file);
  }
  const result: Content = { pages, domains, failedDomains, messages };
  if (framework) result.framework = framework;
  const standardsFile = `${competencyDir}/${STANDARDS_FILE}`;
  if (existsSync(standardsFile)) {
    const source = parseYaml(readFileSync(standardsFile, 'utf8'), standardsFile);
    const data = validate(source, standardsFileSchema, messages);
    if (data) result.standards = { source, data };
  }
  const answersFile = `${contentDir}/${QUICK_ANSWERS_FILE}`;
  if (existsSync(answersFile)) {
    const source = parseYaml(readFileSync(answersFile, 'utf8'), answersFile);
    const data = validate(source, quickAnswersSchema, messages);
    if (data) result.quickAnswers = { source, data };
  }
  return result;
}

/**
 * A page's frontmatter against the schema Astro will apply, so a mistake is reported here with its line
 * (Astro names only the file). Lines count from the file's first line, the opening `---`.
 */
function checkFrontmatter(file: string, text: string, schema: z.ZodTypeAny, messages: Message[]): void {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\n|$)/.exec(text);
  if (!match) {
    messages.push({ file, line: 1, column: 1, severity: 'error', rule: 'schema', text: 'no frontmatter: start the page with a block between two "---" lines (title, description…)' });
    return;
  }
  const found: Message[] = [];
  validate(parseYaml(match[1]!, file), schema, found);
  for (const m of found) messages.push({ ...m, line: m.line + 1 });
}

/**
 * Parses a YAML source with a schema; reports syntax and schema problems at their positions. `prepare` may
 * adjust the data first (old field names).
 */
function validate<S extends z.ZodTypeAny>(
  source: YamlSource,
  schema: S,
  messages: Message[],
  prepare: (data: unknown) => unknown = (data) => data,
): z.output<S> | undefined {
  const read = readData(source);
  if ('error' in read) {
    const syntax = (line: number, column: number, problem: string) =>
      messages.push({ file: source.file, line, column, severity: 'error', rule: 'yaml-syntax', text: `YAML syntax: ${problem.split('\n')[0]}; check indentation, colons and quotes on this line` });
    // The `yaml` package words syntax errors more clearly; js-yaml's own is the fallback when only it objects.
    const errors = source.doc.errors;
    for (const error of errors) {
      const { line, col } = source.lines.linePos(error.pos[0]);
      syntax(line, col, error.message);
    }
    if (!errors.length) syntax(read.error.line, read.error.column, read.error.message);
    return undefined;
  }
  const result = schema.safeParse(prepare(read.data));
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const { line, column } = positionOf(source, issue.path);
    messages.push({ file: source.file, line, column, severity: 'error', rule: 'schema', text: issueMessage(issue, YAML_WORDS) });
  }
  return undefined;
}

/** How the cross-check words schema issues in YAML and frontmatter. */
const YAML_WORDS: IssueWords = {
  whole: '(top level)',
  unknown: (keys) => `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}; check the spelling or remove it`,
  required: (message) => (message === 'Required' ? 'is required; add it' : `is required: ${message}`),
  wrongType: (expected, received) =>
    expected === 'string' && ['date', 'number', 'boolean'].includes(received) ? `YAML reads this as a ${received}; put it in quotes to keep it as text` : undefined,
};
