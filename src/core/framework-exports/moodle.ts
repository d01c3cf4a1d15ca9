/**
 * The framework as a CSV file for Moodle's "Import competency framework" (admin tool tool_lpimportcsv):
 * one row for the framework, a row per domain (its children) and a row per live statement (children of their
 * domain). The columns, their order and the scale configuration's shape are those of Moodle's own exporter, so
 * the file imports the way an exported framework does. Retired statements are left out: Moodle has no place for
 * them, and a new version imports as a new framework.
 */
import { ASSESSMENT_LABELS } from '../schema/competency.ts';
import { statementPath } from '../competency.ts';
import { csvField } from '../export.ts';
import { RATINGS } from '../ratings.ts';
import { LEVEL_WORDS, domainPath, type ExportInput } from './site.ts';

/** Moodle's column headings (tool_lpimportcsv's language strings), in the order its importer reads them. */
export const MOODLE_COLUMNS = [
  'Parent ID number',
  'ID number',
  'Short name',
  'Description',
  'Description format',
  'Scale values',
  'Scale configuration',
  'Rule type (optional)',
  'Rule outcome (optional)',
  'Rule config (optional)',
  'Cross-referenced competency ID numbers',
  'Exported ID (optional)',
  'Is framework',
  'Taxonomy',
] as const;

/** Moodle's taxonomy terms for a framework's levels (core_competency\competency_framework). */
export const MOODLE_TAXONOMIES = ['behaviour', 'competency', 'concept', 'domain', 'indicator', 'level', 'outcome', 'practice', 'proficiency', 'skill', 'value'] as const;

/** Moodle cuts ID numbers and short names at 100 characters; we cut them ourselves, at a word. */
export const MOODLE_MAX_LENGTH = 100;

/** Moodle's FORMAT_HTML. */
const HTML_FORMAT = '1';

/**
 * The ratings a learner counts as having the competency. "Adequate" is also the default: the rating Moodle
 * gives when a course or rule completes the competency.
 */
export const PROFICIENT_RATINGS: readonly (typeof RATINGS)[number][] = ['Adequate', 'Good'];
const DEFAULT_RATING: (typeof RATINGS)[number] = 'Adequate';

/**
 * Moodle's scale configuration: first the scale (its id is replaced by the importer with the scale it finds or
 * makes from the values), then each value by its position from 1, with whether it is the default and proficient.
 */
export function scaleConfiguration(): string {
  return JSON.stringify([
    { scaleid: '1' },
    ...RATINGS.map((rating, i) => ({
      id: i + 1,
      scaledefault: rating === DEFAULT_RATING ? 1 : 0,
      proficient: PROFICIENT_RATINGS.includes(rating) ? 1 : 0,
    })),
  ]);
}

/** An ID number as Moodle's exporter writes it: a comma would split a list of ID numbers, so it is "%2C". */
export function moodleIdNumber(id: string): string {
  return shorten(id.replace(/,/g, '%2C'));
}

/** At most 100 characters, cut at a word with an ellipsis. */
export function shorten(text: string, max: number = MOODLE_MAX_LENGTH): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function paragraphs(...lines: (string | false | undefined)[]): string {
  return lines
    .filter((l): l is string => Boolean(l))
    .map((l) => `<p>${l}</p>`)
    .join('');
}

/** "<a href>" to a page of the site when its address is known; nothing otherwise (a relative link would break in Moodle). */
function pageLink(input: ExportInput, path: string, words: string): string | undefined {
  return input.site.absolute ? `<a href="${escapeHtml(input.site.absolute(path))}">${escapeHtml(words)}</a>` : undefined;
}

/** The framework's ID number: its name and version, so a new version imports beside the old one. */
export function frameworkIdNumber(title: string, version: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return moodleIdNumber(`${shorten(slug, MOODLE_MAX_LENGTH - version.length - 1)}-${version}`);
}

/**
 * A row under the framework (a domain or a statement): its parent, id, short name and description; no scale of
 * its own (the framework's applies), no rule ("0" is Moodle's "no rule", "null" its empty rule config).
 */
function competencyRow(parent: string, idNumber: string, shortName: string, description: string): string[] {
  return [parent, idNumber, shortName, description, HTML_FORMAT, '', '', '', '0', 'null', '', '', '', ''];
}

export function moodleCsv(input: ExportInput): string {
  const { meta, domains } = input.view;
  const rows: string[][] = [
    [
      '',
      frameworkIdNumber(meta.title, meta.version),
      shorten(meta.title),
      paragraphs(meta.summary && escapeHtml(meta.summary), `Version ${escapeHtml(meta.version)}.`, pageLink(input, 'framework/', 'The framework and its guidance')),
      HTML_FORMAT,
      RATINGS.join(','),
      scaleConfiguration(),
      '',
      '',
      '',
      '',
      '',
      '1',
      'domain,competency',
    ],
  ];
  for (const domain of domains) {
    rows.push(
      competencyRow(
        frameworkIdNumber(meta.title, meta.version),
        moodleIdNumber(domain.id),
        shorten(domain.title),
        paragraphs(escapeHtml(domain.summary), pageLink(input, domainPath(domain.slug), `${domain.title} in the guide`)),
      ),
    );
    for (const s of domain.statements) {
      const methods = (s.assessment ?? []).map((m) => ASSESSMENT_LABELS[m].toLowerCase());
      rows.push(
        competencyRow(
          moodleIdNumber(domain.id),
          moodleIdNumber(s.id),
          shorten(`${s.id} ${s.statement}`),
          paragraphs(
            escapeHtml(s.statement),
            `Level: ${LEVEL_WORDS[s.level]}.`,
            methods.length > 0 && `Assessed by ${escapeHtml(methods.join(', '))}.`,
            pageLink(input, statementPath(s.id), `${s.id} and the guidance it rests on`),
          ),
        ),
      );
    }
  }
  return [[...MOODLE_COLUMNS], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
