/** The kinds of page search can return, as Pagefind filters them (data-pagefind-filter="type:…"). */
export const RESULT_TYPES = [
  { value: 'guidance', label: 'Guidance', filter: 'Guidance', plural: 'guidance pages', weight: 1 },
  { value: 'competency', label: 'Competency', filter: 'Competencies', plural: 'competencies', weight: 0.5 },
  { value: 'sheet', label: 'Self-assessment sheet', filter: 'Sheets', plural: 'self-assessment sheets', weight: 0.5 },
] as const;
// `weight`: when searching everything, a competency or a sheet counts for less than the guidance page
// that explains the same thing, so the answer comes first and the statement about it after.

export type ResultType = (typeof RESULT_TYPES)[number]['value'];

/** The type named in a URL's ?type=, or undefined for "all" (and for anything unknown). */
export function parseType(value: string | null | undefined): ResultType | undefined {
  return RESULT_TYPES.find((t) => t.value === value)?.value;
}

/** The filter attribute a page puts on its heading so Pagefind can filter by type. */
export function typeFilter(type: ResultType): string {
  return `type:${type}`;
}
