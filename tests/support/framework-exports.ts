/**
 * Schemas for the framework's exports, written from the specifications' own rules (not from our builders), and
 * the checks a schema cannot express: ends of associations, cycles, Moodle's parents and scale.
 * Shared by the unit tests (fixtures) and the build test (the built files).
 */
import { z } from 'zod';
import { CASE_ASSOCIATION_TYPES } from '../../src/core/framework-exports/case.ts';
import { MOODLE_COLUMNS, MOODLE_TAXONOMIES } from '../../src/core/framework-exports/moodle.ts';

/** RFC 4122: lowercase hex, version 1–8, variant bits 10. */
const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'a lowercase RFC 4122 UUID');
/** ISO 8601 date-time with a zone. */
const dateTime = z.string().datetime({ offset: true });
const uri = z.string().url();
const linkGenUri = z.object({ title: z.string().min(1), identifier: uuid, uri }).strict();

// CASE 1.1: CFDocument needs identifier, uri, creator, title, lastChangeDateTime; CFItem identifier,
// fullStatement, uri, lastChangeDateTime; CFAssociation identifier, associationType, uri, originNodeURI,
// destinationNodeURI, lastChangeDateTime. The optional fields used are typed too.
export const cfDocument = z
  .object({
    identifier: uuid,
    uri,
    creator: z.string().min(1),
    title: z.string().min(1),
    lastChangeDateTime: dateTime,
    version: z.string().optional(),
    description: z.string().optional(),
    language: z.string().optional(),
    licenseURI: linkGenUri.optional(),
  })
  .strict();
export const cfItem = z
  .object({
    identifier: uuid,
    uri,
    fullStatement: z.string().min(1),
    lastChangeDateTime: dateTime,
    humanCodingScheme: z.string().optional(),
    CFItemType: z.string().optional(),
    listEnumeration: z.string().optional(),
    notes: z.string().optional(),
    language: z.string().optional(),
    statusEndDate: z.string().date().optional(),
    CFDocumentURI: linkGenUri.optional(),
  })
  .strict();
export const cfAssociation = z
  .object({
    identifier: uuid,
    uri,
    associationType: z.enum(CASE_ASSOCIATION_TYPES),
    originNodeURI: linkGenUri,
    destinationNodeURI: linkGenUri,
    lastChangeDateTime: dateTime,
    sequenceNumber: z.number().int().optional(),
    CFDocumentURI: linkGenUri.optional(),
  })
  .strict();
export const cfPackage = z
  .object({
    CFDocument: cfDocument,
    CFItems: z.array(cfItem),
    CFAssociations: z.array(cfAssociation),
    CFDefinitions: z
      .object({
        CFLicenses: z.array(z.object({ identifier: uuid, uri, title: z.string().min(1), licenseText: z.string().min(1), lastChangeDateTime: dateTime }).strict()),
      })
      .strict()
      .optional(),
  })
  .strict();
export type CfPackage = z.infer<typeof cfPackage>;

/** What is wrong with a package beyond its shape; empty when nothing is. */
export function casePackageProblems(pkg: CfPackage): string[] {
  const problems: string[] = [];
  const nodes = new Map<string, string>([[pkg.CFDocument.identifier, pkg.CFDocument.uri], ...pkg.CFItems.map((i) => [i.identifier, i.uri] as const)]);
  const ids = [pkg.CFDocument.identifier, ...pkg.CFItems.map((i) => i.identifier), ...pkg.CFAssociations.map((a) => a.identifier)];
  if (new Set(ids).size !== ids.length) problems.push('an identifier is used twice');
  for (const a of pkg.CFAssociations)
    for (const end of [a.originNodeURI, a.destinationNodeURI]) {
      if (!nodes.has(end.identifier)) problems.push(`${a.associationType} ${a.identifier}: ${end.identifier} is not in the package`);
      else if (nodes.get(end.identifier) !== end.uri) problems.push(`${a.associationType} ${a.identifier}: ${end.identifier} has another uri in the package`);
    }
  // isChildOf: each node has at most one parent, and following parents never comes back round.
  const parent = new Map<string, string>();
  for (const a of pkg.CFAssociations.filter((x) => x.associationType === 'isChildOf')) {
    if (parent.has(a.originNodeURI.identifier)) problems.push(`${a.originNodeURI.title} has two parents`);
    parent.set(a.originNodeURI.identifier, a.destinationNodeURI.identifier);
  }
  for (const start of parent.keys()) {
    const seen = new Set([start]);
    for (let at = parent.get(start); at !== undefined; at = parent.get(at)) {
      if (seen.has(at)) {
        problems.push(`isChildOf goes round in a cycle from ${start}`);
        break;
      }
      seen.add(at);
    }
  }
  return problems;
}

/** RFC 4180 CSV to rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

const scaleConfiguration = z.tuple([z.object({ scaleid: z.string() }).strict()]).rest(z.object({ id: z.number().int().positive(), scaledefault: z.union([z.literal(0), z.literal(1)]), proficient: z.union([z.literal(0), z.literal(1)]) }).strict());

/** What Moodle's importer would refuse or silently cut in a tool_lpimportcsv file; empty when nothing. */
export function moodleProblems(csv: string): string[] {
  const problems: string[] = [];
  const [header, ...rows] = parseCsv(csv);
  if (JSON.stringify(header) !== JSON.stringify(MOODLE_COLUMNS)) problems.push(`columns are ${JSON.stringify(header)}`);
  const col = (name: (typeof MOODLE_COLUMNS)[number]) => MOODLE_COLUMNS.indexOf(name);
  rows.forEach((r, i) => r.length !== MOODLE_COLUMNS.length && problems.push(`row ${i + 2} has ${r.length} fields`));
  const frameworks = rows.filter((r) => r[col('Is framework')] === '1');
  if (frameworks.length !== 1) return [...problems, `${frameworks.length} framework rows`];
  const framework = frameworks[0]!;
  const ids = new Set(rows.map((r) => r[col('ID number')]!));
  if (ids.size !== rows.length) problems.push('an ID number is used twice');
  for (const r of rows) {
    const id = r[col('ID number')]!;
    for (const name of ['ID number', 'Short name', 'Parent ID number'] as const) {
      const value = r[col(name)]!;
      if (value.length > 100) problems.push(`${id}: ${name} is ${value.length} characters`);
    }
    if (id.includes(',')) problems.push(`${id}: a comma in an ID number must be %2C`);
    if (r === framework) continue;
    if (!r[col('Short name')]) problems.push(`${id}: no short name`);
    if (!ids.has(r[col('Parent ID number')]!)) problems.push(`${id}: parent "${r[col('Parent ID number')]}" is not in the file`);
  }
  if (framework[col('Parent ID number')] !== '') problems.push('the framework has a parent');
  const values = framework[col('Scale values')]!.split(',').filter(Boolean);
  const parsed = scaleConfiguration.safeParse(JSON.parse(framework[col('Scale configuration')] || 'null'));
  if (!parsed.success) problems.push(`scale configuration: ${parsed.error.message}`);
  else {
    const [, ...items] = parsed.data;
    if (items.filter((x) => x.scaledefault === 1).length !== 1) problems.push('the scale needs exactly one default');
    if (!items.some((x) => x.proficient === 1)) problems.push('the scale needs a proficient value');
    if (items.some((x) => x.id > values.length)) problems.push('the scale configuration names a value the scale lacks');
  }
  const taxonomies = framework[col('Taxonomy')]!.split(',');
  if (!taxonomies.every((t) => (MOODLE_TAXONOMIES as readonly string[]).includes(t))) problems.push(`taxonomy "${taxonomies.join(',')}" is not from Moodle's list`);
  // The depth of the tree must not pass the levels the taxonomy names.
  const parentOf = new Map(rows.filter((r) => r !== framework).map((r) => [r[col('ID number')]!, r[col('Parent ID number')]!]));
  for (const id of parentOf.keys()) {
    let depth = 0;
    for (let at: string | undefined = id; at && at !== framework[col('ID number')] && depth <= rows.length; at = parentOf.get(at)) depth++;
    if (depth > taxonomies.length) problems.push(`${id} is ${depth} levels deep; the taxonomy names ${taxonomies.length}`);
  }
  return problems;
}

// Open Badges 3.0: Achievement needs id, type (with "Achievement"), name, description, criteria (id or
// narrative); Alignment needs type (with "Alignment"), targetName and targetUrl.
export const alignment = z
  .object({
    type: z.array(z.string()).refine((t) => t.includes('Alignment'), 'type must include "Alignment"'),
    targetName: z.string().min(1),
    targetUrl: uri,
    targetCode: z.string().optional(),
    targetDescription: z.string().optional(),
    targetFramework: z.string().optional(),
    targetType: z.string().optional(),
  })
  .strict();
export const achievement = z
  .object({
    '@context': z.array(z.string()).refine((c) => c[0] === 'https://www.w3.org/ns/credentials/v2' && c.some((x) => x.startsWith('https://purl.imsglobal.org/spec/ob/v3p0/context')), 'the VC 2.0 context, then Open Badges 3.0'),
    id: uri,
    type: z.array(z.string()).refine((t) => t.includes('Achievement'), 'type must include "Achievement"'),
    name: z.string().min(1),
    description: z.string().min(1),
    criteria: z.object({ id: uri.optional(), narrative: z.string().min(1).optional() }).strict().refine((c) => c.id || c.narrative, 'criteria needs an id or a narrative'),
    achievementType: z.string().optional(),
    humanCode: z.string().optional(),
    inLanguage: z.string().optional(),
    version: z.string().optional(),
    alignment: z.array(alignment).min(1),
  })
  .strict();
export type Achievement = z.infer<typeof achievement>;

/** Alignments that do not point at a CFItem of the package (by uri, with the item's code). */
export function alignmentProblems(badge: Achievement, pkg: CfPackage): string[] {
  const byUri = new Map(pkg.CFItems.map((i) => [i.uri, i]));
  return badge.alignment.flatMap((a) => {
    const item = byUri.get(a.targetUrl);
    if (a.targetType !== 'CFItem') return [`${a.targetCode}: targetType is ${a.targetType}`];
    if (!item) return [`${a.targetCode}: ${a.targetUrl} is no CFItem of the package`];
    return item.humanCodingScheme === a.targetCode ? [] : [`${a.targetCode}: the CFItem there is ${item.humanCodingScheme}`];
  });
}
