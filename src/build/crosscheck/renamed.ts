/**
 * Statement fields the framework has renamed. A file still using an old name gets one message at the old key,
 * naming the new one, and is read as if renamed: the rest of the check still runs on it, and the problem is not
 * repeated as an "unknown field" and a missing one.
 */
import type { Message, Rule } from './messages.ts';
import { keyPositionOf, type YamlSource } from './yaml-source.ts';

interface Renamed {
  from: string;
  to: string;
  /** Why, in a few words, so the message explains the new name. */
  why: string;
  rule: Rule;
}

export const RENAMED_STATEMENT_FIELDS: readonly Renamed[] = [
  // In assessment, "evidence" means proof of competence; this field only says where the guide covers the statement.
  { from: 'evidence', to: 'guidance', why: 'it says where the guide covers the statement', rule: 'evidence-renamed' },
];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A domain file's data (as read, before the schema) with old field names renamed, and a message for each. */
export function renameStatementFields(source: YamlSource, data: unknown): { data: unknown; messages: Message[] } {
  if (!isRecord(data) || !Array.isArray(data['statements'])) return { data, messages: [] };
  const messages: Message[] = [];
  const statements = data['statements'].map((statement: unknown, i) => {
    if (!isRecord(statement)) return statement;
    let out = statement;
    for (const { from, to, why, rule } of RENAMED_STATEMENT_FIELDS) {
      if (!Object.hasOwn(out, from)) continue;
      const who = typeof statement['id'] === 'string' ? `${statement['id']}: ` : '';
      messages.push({
        file: source.file,
        ...keyPositionOf(source, ['statements', i], from, to),
        severity: 'error',
        rule,
        text: `${who}"${from}" is now called "${to}" (${why}); rename the field`,
      });
      const { [from]: value, ...rest } = out;
      // Both written: keep the new one, so the rest of the check reads what the site would.
      out = Object.hasOwn(rest, to) ? rest : { ...rest, [to]: value };
    }
    return out;
  });
  return { data: { ...data, statements }, messages };
}
