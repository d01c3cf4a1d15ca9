/**
 * Reads the content folder for the cross-check: the guidance pages, framework.yaml and each domain file,
 * each checked against the shared schema. A file that fails its schema is reported and left out of the
 * later checks, which would only repeat the same problem in other words.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { z } from 'astro/zod';
import { RESERVED_DOMAIN_NAMES } from '../competency.ts';
import { listFiles } from '../files.ts';
import { parseGuidance, slugOf, type GuidancePage } from '../guidance.ts';
import { domainFileSchema, frameworkSchema, type DomainFile, type Framework } from '../schema/competency.ts';
import type { Message } from './messages.ts';
import { parseYaml, positionOf, readData, type YamlSource } from './yaml-source.ts';

export interface LoadedDomain {
  source: YamlSource;
  data: DomainFile;
}

export interface Content {
  pages: GuidancePage[];
  framework?: Framework;
  domains: LoadedDomain[];
  messages: Message[];
}

export const FRAMEWORK_FILE = 'framework.yaml';
/** The folder of the organisation's own pages, beside guidance/ and competencies/. */
export const LOCAL_DIR = 'local';

export function loadContent(contentDir: string): Content {
  const messages: Message[] = [];
  const guidanceDir = `${contentDir}/guidance`;
  const competencyDir = `${contentDir}/competencies`;
  const pages = listFiles(guidanceDir, ['.mdx']).map((file) =>
    parseGuidance(readFileSync(file, 'utf8'), file, slugOf(file, guidanceDir)),
  );
  // The organisation's own pages: evidence names them "local/<name>#<heading>", as their address /local/<name>/ reads.
  const localDir = `${contentDir}/${LOCAL_DIR}`;
  if (existsSync(localDir)) {
    for (const file of listFiles(localDir, ['.mdx'])) {
      pages.push({ ...parseGuidance(readFileSync(file, 'utf8'), file, `${LOCAL_DIR}/${slugOf(file, localDir)}`), local: true });
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
  const domainFiles = existsSync(competencyDir) ? listFiles(competencyDir, ['.yaml', '.yml']) : [];
  for (const file of domainFiles.filter((f) => basename(f) !== FRAMEWORK_FILE)) {
    const name = basename(file, extname(file));
    const taken = Object.hasOwn(RESERVED_DOMAIN_NAMES, name) ? RESERVED_DOMAIN_NAMES[name] : undefined;
    if (taken) {
      messages.push({ file, line: 1, column: 1, severity: 'error', rule: 'domain-reserved', text: `a domain cannot be called "${name}": ${taken}; rename the file` });
    }
    const source = parseYaml(readFileSync(file, 'utf8'), file);
    const data = validate(source, domainFileSchema, messages);
    if (data) domains.push({ source, data });
  }
  const result: Content = { pages, domains, messages };
  if (framework) result.framework = framework;
  return result;
}

/** Parses a YAML source with a schema; reports syntax and schema problems at their positions. */
function validate<S extends z.ZodTypeAny>(source: YamlSource, schema: S, messages: Message[]): z.output<S> | undefined {
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
  const result = schema.safeParse(read.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const { line, column } = positionOf(source, issue.path);
    const field = issue.path.join('.') || '(top level)';
    const why =
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling or remove it`
        : issue.code === 'invalid_type' && issue.received === 'undefined'
          ? 'is required; add it'
          : issue.code === 'invalid_type' && issue.received === 'date'
            ? 'YAML reads this as a date; put it in quotes to keep it as text'
            : issue.message;
    messages.push({ file: source.file, line, column, severity: 'error', rule: 'schema', text: `${field}: ${why}` });
  }
  return undefined;
}
