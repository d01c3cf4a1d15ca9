/**
 * Staff files as the team view holds them. Each file goes through the personal import's own reader
 * (readDocument: JSON, "is this ours?", "too new?", migrations, schema), so the two can never disagree.
 * Only what the team view shows is kept: name, role, team and ratings. Notes, action plans and reflections
 * are dropped as soon as the file is read (data minimisation).
 */
import { LIMITS, SCHEMA_VERSION, readDocument, type ReadResult, type SavedDocument } from '../self-assessment/document.ts';

export interface Person {
  /** Unique on the page: the file name, with " (2)" and so on for a second file of the same name. */
  key: string;
  file: string;
  /** The name the supervisor typed, shown instead of the one in the file. */
  displayName?: string;
  doc: SavedDocument;
}

/** The name to show: the supervisor's, else "About you" in the file, else the file name without ".json". */
export function nameOf(person: Person): string {
  return person.displayName?.trim() || person.doc.details.name?.trim() || person.file.replace(/\.json$/i, '');
}

/** The document with only what the team view needs. Still a valid document, so it is read back the same way. */
export function minimise(doc: SavedDocument): SavedDocument {
  const answers: SavedDocument['answers'] = {};
  for (const [id, a] of Object.entries(doc.answers)) if (a.rating) answers[id] = { rating: a.rating };
  const details: SavedDocument['details'] = {};
  for (const k of ['name', 'role', 'team'] as const) if (doc.details[k]) details[k] = doc.details[k];
  return { kind: doc.kind, schema: doc.schema, framework: doc.framework, savedAt: doc.savedAt, details, answers, plan: [], reflections: [] };
}

export type StaffFile = { ok: true; doc: SavedDocument; from: number } | { ok: false; message: string };

const AGAIN = 'Ask them to export it again with “Export my answers” on “My self-assessment”.';

/** Checked on the file's size before it is read: ours are a few hundred KB at most. */
export const tooBig = (name: string): string => `“${name}” was not loaded: it is too big to be a self-assessment export. ${AGAIN}`;

/** Reads one staff file. A refusal says which file, what is wrong and what to do. Never throws. */
export function readStaffFile(name: string, text: string): StaffFile {
  if (text.length > LIMITS.fileBytes) return { ok: false, message: tooBig(name) };
  const result = readDocument(text);
  if (!result.ok) return { ok: false, message: staffFileMessage(result, name) };
  return { ok: true, doc: minimise(result.doc), from: result.from };
}

export function staffFileMessage(result: Exclude<ReadResult, { ok: true }>, name: string): string {
  const file = `“${name}”`;
  switch (result.problem) {
    case 'json':
      return `${file} was not loaded: it is not a complete JSON file${
        result.line ? ` (the problem is near line ${result.line}, column ${result.column})` : ''
      }, so it may be damaged or cut short. ${AGAIN}`;
    case 'foreign':
      return `${file} was not loaded: it is not a self-assessment export from this site. ${AGAIN}`;
    case 'too-new':
      return `${file} was not loaded: it was saved by a newer version of this site (file format ${result.schema}; this page reads format ${SCHEMA_VERSION}). Ask whoever runs this site to update it, then add the file again.`;
    case 'invalid': {
      const shown = result.where.slice(0, 3).map((w) => `“${w}”`).join(', ') + (result.where.length > 3 ? ` and ${result.where.length - 3} more` : '');
      return `${file} was not loaded: it is damaged or has been edited (${shown} ${result.where.length === 1 ? 'is' : 'are'} not valid). ${AGAIN}`;
    }
  }
}

/** A key for a new file that no one loaded has yet. */
export function freshKey(file: string, taken: ReadonlySet<string>): string {
  if (!taken.has(file)) return file;
  let n = 2;
  while (taken.has(`${file} (${n})`)) n++;
  return `${file} (${n})`;
}

// ---- "Keep on this device": what localStorage holds, read back through the same checks ----

export const TEAM_KEY = 'rapport-team';
const TEAM_KIND = 'rapport-team';

export function serialiseTeam(people: readonly Person[]): string {
  return JSON.stringify({ kind: TEAM_KIND, people: people.map((p) => ({ file: p.file, displayName: p.displayName, doc: p.doc })) });
}

/** The people kept on this device; anything that no longer reads as a valid document is left out. */
export function parseTeam(text: string | null): Person[] {
  if (!text) return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  const v = value as { kind?: unknown; people?: unknown };
  if (v?.kind !== TEAM_KIND || !Array.isArray(v.people)) return [];
  const out: Person[] = [];
  const taken = new Set<string>();
  for (const item of v.people as { file?: unknown; displayName?: unknown; doc?: unknown }[]) {
    if (typeof item?.file !== 'string') continue;
    const read = readStaffFile(item.file, JSON.stringify(item.doc));
    if (!read.ok) continue;
    const key = freshKey(item.file, taken);
    taken.add(key);
    out.push({ key, file: item.file, doc: read.doc, ...(typeof item.displayName === 'string' && item.displayName ? { displayName: item.displayName.slice(0, LIMITS.detail) } : {}) });
  }
  return out;
}
