/**
 * What the self-assessment saves on the device and in exported files: one versioned document holding the
 * answers, the person's details, the action plan, the supervision agenda and the reflective log.
 *
 * Everything read back (from localStorage or from a file) goes through `readDocument`: JSON, then "is this ours?",
 * then "is it from a newer version?", then migrations, then the zod schema. Nothing is written until all pass,
 * so a bad file can never replace good answers. Uses zod's small "mini" build because it ships to phones.
 */
import * as z from 'zod/v4/mini';
import { RATING_CODES, type RatingCode } from '../ratings.ts';
import { STATEMENT_ID } from '../schema/ids.ts';
import { STAGE_KEYS, type StageKey } from './gibbs.ts';

// Zod compiles object parsers with `new Function` when it can; the site's CSP has no 'unsafe-eval', so
// even the probe would be reported as a violation. Parsing without it is fast enough for one document.
z.config({ jitless: true });

/** Marks a file as ours, so a stray JSON file is refused by name rather than as "damaged". */
export const KIND = 'rapport-self-assessment';
/** The document format. Raise it (and add a migration) whenever saved data changes shape. */
export const SCHEMA_VERSION = 1;
export const STORAGE_KEY = 'rapport-self-assessment';

export const LIMITS = {
  note: 2000,
  detail: 200,
  title: 200,
  stage: 8000,
  agenda: 4000,
  plan: 20,
  reflections: 300,
  /** Bigger files are refused before they are read: ours are a few hundred KB at most. */
  fileBytes: 5_000_000,
} as const;

const SEMVER = /^\d+\.\d+\.\d+$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const text = (max: number) => z.optional(z.string().check(z.maxLength(max)));

const answerSchema = z.object({
  rating: z.optional(z.enum(RATING_CODES)),
  note: text(LIMITS.note),
});

const planItemSchema = z.object({
  what: text(LIMITS.detail),
  support: text(LIMITS.detail),
  by: text(LIMITS.detail),
});

const reflectionSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  created: z.string().check(z.regex(TIMESTAMP)),
  updated: z.string().check(z.regex(TIMESTAMP)),
  title: text(LIMITS.title),
  date: z.optional(z.string().check(z.regex(DAY))),
  stages: z.partialRecord(z.enum(STAGE_KEYS), z.string().check(z.maxLength(LIMITS.stage))),
  /** Chosen to bring to supervision. */
  supervision: z.optional(z.boolean()),
});

export const documentSchema = z.object({
  kind: z.literal(KIND),
  schema: z.literal(SCHEMA_VERSION),
  /** The framework the answers were last saved against, so a later framework can tell what changed. */
  framework: z.object({ title: text(LIMITS.title), version: z.string().check(z.regex(SEMVER)) }),
  savedAt: z.string().check(z.regex(TIMESTAMP)),
  details: z.object({ name: text(LIMITS.detail), role: text(LIMITS.detail), team: text(LIMITS.detail), supervisor: text(LIMITS.detail) }),
  /** Statement id → answer. Ids of retired statements stay here for ever: answers are never dropped. */
  answers: z.record(z.string().check(z.regex(STATEMENT_ID)), answerSchema),
  plan: z.array(planItemSchema).check(z.maxLength(LIMITS.plan)),
  agenda: text(LIMITS.agenda),
  reflections: z.array(reflectionSchema).check(z.maxLength(LIMITS.reflections)),
  /** Only in exported files. */
  exportedAt: z.optional(z.string().check(z.regex(TIMESTAMP))),
});

export type SavedDocument = z.output<typeof documentSchema>;
export type Answer = z.output<typeof answerSchema>;
export type PlanItem = z.output<typeof planItemSchema>;
export type Reflection = z.output<typeof reflectionSchema>;
export type Details = SavedDocument['details'];
export type { RatingCode, StageKey };

export interface FrameworkInfo {
  title: string;
  version: string;
}

export function emptyDocument(framework: FrameworkInfo, now: Date): SavedDocument {
  return {
    kind: KIND,
    schema: SCHEMA_VERSION,
    framework: { title: framework.title, version: framework.version },
    savedAt: now.toISOString(),
    details: {},
    answers: {},
    plan: [],
    reflections: [],
  };
}

/** Turns a document of format n into format n + 1. Keyed by n. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;
/** Format 1 is the first: nothing to migrate yet. The next change adds `1: (doc) => ({ ...doc, schema: 2, … })`. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** Brings an older document up to `target`, one step at a time. Throws if a step is missing. */
export function migrate(doc: Record<string, unknown>, from: number, target = SCHEMA_VERSION, migrations = MIGRATIONS): Record<string, unknown> {
  let out = doc;
  for (let v = from; v < target; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`No migration from format ${v} to ${v + 1}.`);
    out = { ...step(out), schema: v + 1 };
  }
  return out;
}

export type ReadResult =
  | { ok: true; doc: SavedDocument; from: number }
  | { ok: false; problem: 'json'; line?: number; column?: number }
  | { ok: false; problem: 'foreign' }
  | { ok: false; problem: 'too-new'; schema: number }
  | { ok: false; problem: 'invalid'; where: string[] };

/** Where JSON.parse gave up, as line and column, from the "at position N" in its message. */
export function jsonErrorPosition(source: string, error: unknown): { line: number; column: number } | undefined {
  const m = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!m) return undefined;
  const before = source.slice(0, Number(m[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

/** Reads saved or exported text, checking it fully. Never throws. */
export function readDocument(source: string, migrations = MIGRATIONS): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return { ok: false, problem: 'json', ...jsonErrorPosition(source, error) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || (value as { kind?: unknown }).kind !== KIND)
    return { ok: false, problem: 'foreign' };
  const obj = value as Record<string, unknown>;
  const schema = obj['schema'];
  if (typeof schema !== 'number' || !Number.isInteger(schema) || schema < 1) return { ok: false, problem: 'invalid', where: ['schema'] };
  if (schema > SCHEMA_VERSION) return { ok: false, problem: 'too-new', schema };
  let migrated: Record<string, unknown>;
  try {
    migrated = migrate(obj, schema, SCHEMA_VERSION, migrations);
  } catch {
    return { ok: false, problem: 'invalid', where: ['schema'] };
  }
  const parsed = documentSchema.safeParse(migrated);
  if (!parsed.success) {
    const where = [...new Set(parsed.error.issues.map((i) => i.path.map(String).join(' › ') || 'the whole file'))];
    return { ok: false, problem: 'invalid', where };
  }
  return { ok: true, doc: parsed.data, from: schema };
}

const CHANGED = 'Your answers on this device have not been changed.';

/** What to tell someone whose file was refused: what is wrong, and what to do. */
export function importMessage(result: Exclude<ReadResult, { ok: true }>, fileName: string): string {
  const file = `“${fileName}”`;
  switch (result.problem) {
    case 'json':
      return `${file} could not be read: it is not a complete JSON file${
        result.line ? ` (the problem is near line ${result.line}, column ${result.column})` : ''
      }. It may be damaged or cut short. Choose the file exactly as “Export my answers” saved it. ${CHANGED}`;
    case 'foreign':
      return `${file} is not a self-assessment file from this site. Choose a file saved with “Export my answers”. ${CHANGED}`;
    case 'too-new':
      return `${file} was saved by a newer version of this site (file format ${result.schema}; this site reads format ${SCHEMA_VERSION}). Ask whoever runs this site to update it, then import the file again. ${CHANGED}`;
    case 'invalid':
      return `${file} is damaged or has been edited: ${listWhere(result.where)} ${
        result.where.length === 1 ? 'is' : 'are'
      } not valid. Export the file again from the device it came from. ${CHANGED}`;
  }
}

/** What to tell someone whose saved answers on this device could not be read. Nothing is overwritten. */
export function storedMessage(result: Exclude<ReadResult, { ok: true }>): string {
  const keep = 'They are still on this device and nothing will overwrite them. “Export my answers” saves them to a file as they are; “Clear all my answers” lets you start again.';
  if (result.problem === 'too-new')
    return `Your answers on this device were saved by a newer version of this site (format ${result.schema}). Reload the page to get the newest version. ${keep}`;
  return `Your answers on this device could not be read: they seem to be damaged. ${keep}`;
}

function listWhere(where: string[]): string {
  const shown = where.slice(0, 3).map((w) => `“${w}”`);
  const more = where.length > 3 ? ` and ${where.length - 3} more` : '';
  return shown.join(', ') + more;
}

/** The file people download: the document plus when it was exported, readable by a person too. */
export function exportText(doc: SavedDocument, now: Date): string {
  return `${JSON.stringify({ ...doc, exportedAt: now.toISOString() }, null, 2)}\n`;
}

export function exportFileName(now: Date): string {
  return `my-self-assessment-${now.toISOString().slice(0, 10)}.json`;
}

/** What an import stores: the file as it was saved, without the export stamp. */
export function fromImport(doc: SavedDocument): SavedDocument {
  const { exportedAt: _, ...rest } = doc;
  return rest;
}

// ---- changes, as pure functions on the document (the page applies them to what is saved right now) ----

export function setRating(doc: SavedDocument, id: string, rating: RatingCode): void {
  doc.answers[id] = { ...doc.answers[id], rating };
}

/** Sets a note; an answer left with neither rating nor note is removed, so "answered" stays honest. */
export function setNote(doc: SavedDocument, id: string, note: string): void {
  const { note: _, ...rest } = doc.answers[id] ?? {};
  const next: Answer = note.trim() ? { ...rest, note } : rest;
  if (next.rating === undefined && next.note === undefined) delete doc.answers[id];
  else doc.answers[id] = next;
}

/** Keeps the rows as shown, but drops empty rows at the end. */
export function setPlan(doc: SavedDocument, rows: PlanItem[]): void {
  const filled = (r: PlanItem) => !!(r.what?.trim() || r.support?.trim() || r.by?.trim());
  let end = rows.length;
  while (end > 0 && !filled(rows[end - 1]!)) end--;
  doc.plan = rows.slice(0, end).map((r) => {
    const item: PlanItem = {};
    if (r.what?.trim()) item.what = r.what;
    if (r.support?.trim()) item.support = r.support;
    if (r.by?.trim()) item.by = r.by;
    return item;
  });
}

export function hasContent(doc: SavedDocument): boolean {
  return (
    Object.keys(doc.answers).length > 0 ||
    doc.reflections.length > 0 ||
    doc.plan.length > 0 ||
    !!doc.agenda?.trim() ||
    Object.values(doc.details).some((v) => !!v?.trim())
  );
}

/** "12 answers, an action plan and 3 reflections": for confirmations, so people know what they would replace. */
export function describeContent(doc: SavedDocument): string {
  const n = Object.keys(doc.answers).length;
  const parts: string[] = [];
  if (n) parts.push(`${n} ${n === 1 ? 'answer' : 'answers'}`);
  if (doc.plan.length) parts.push('an action plan');
  if (doc.reflections.length) parts.push(`${doc.reflections.length} ${doc.reflections.length === 1 ? 'reflection' : 'reflections'}`);
  if (!parts.length) return 'your details';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** A short id for a reflection; works on plain http too (crypto.randomUUID needs https). */
export function newId(now: Date, random: () => number = Math.random): string {
  return `${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 6).toString(36)}`;
}
