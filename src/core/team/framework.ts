/**
 * The slice of the framework the team view needs, small enough to write into the page as JSON: the current
 * statements in framework order, their domains, and where each retired statement's answers now belong.
 */
export type Level = 'all' | 'lead';

export interface TeamStatement {
  id: string;
  /** The domain's slug. */
  domain: string;
  level: Level;
  text: string;
}

export interface TeamFramework {
  title: string;
  version: string;
  domains: { slug: string; title: string }[];
  /** Current statements, in framework order. */
  statements: TeamStatement[];
  /** Retired statement id → the current statements that replaced it. */
  replacements: Record<string, string[]>;
}

/** Each current statement → the retired statements it replaced, in the order the framework lists them. */
export function replacedBy(framework: TeamFramework): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [old, now] of Object.entries(framework.replacements))
    for (const id of now) out.set(id, [...(out.get(id) ?? []), old]);
  return out;
}
