/** Id formats, apart from the zod schemas so browser code (the self-assessment) can use them without zod 3. */

/** Three capital letters name a domain, e.g. "BND". */
export const DOMAIN_ID = /^[A-Z]{3}$/;
/** A statement is its domain's letters and two digits, e.g. "BND-03". */
export const STATEMENT_ID = /^[A-Z]{3}-\d{2}$/;

/** The domain a statement id belongs to, its first three letters: "BND-03" → "BND". */
export function domainOfStatement(id: string): string {
  return id.slice(0, 3);
}
