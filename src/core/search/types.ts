/** The kinds of page search can return. Competencies and sheets are told apart by a Pagefind filter (data-pagefind-filter="type:…"). */
export const RESULT_TYPES = [
  { value: 'guidance', label: 'Guidance', filter: 'Guidance', plural: 'guidance pages', weight: 1 },
  { value: 'competency', label: 'Competency', filter: 'Competencies', plural: 'competencies', weight: 0.5 },
  { value: 'sheet', label: 'Self-assessment sheet', filter: 'Sheets', plural: 'self-assessment sheets', weight: 0.5 },
] as const;
// `weight`: when searching everything, a competency or a sheet counts for less than the guidance page
// that explains the same thing, so the answer comes first and the statement about it after.

export type ResultType = (typeof RESULT_TYPES)[number]['value'];

/**
 * Words that name the framework's own pages ("lone working competencies", "empathy statements", "consent
 * checklist"). Beside a topic word they say which kind of page is wanted, not what it is about: searched, they
 * find the framework's and the sheets' index pages, which name every domain, above the domain asked for. So
 * they are left out of the plan when the query has other words.
 */
export const FRAMEWORK_NAMES = new Set(
  'competency competencies competence competences framework checklist checklists sheet sheets worksheet worksheets printable statement statements'.split(' '),
);

/**
 * Words by which a reader asks for the framework rather than the guidance: such a query counts competencies
 * and sheets as much as guidance pages. Not "form": "ReSPECT form" and "consent form" ask about the guidance.
 */
export const FRAMEWORK_WORDS = new Set([...FRAMEWORK_NAMES, 'assessment']);

/** How much a type counts when searching everything, given whether the query asks for the framework. */
export function typeWeight(type: (typeof RESULT_TYPES)[number], asksForFramework: boolean): number {
  return asksForFramework ? 1 : type.weight;
}

/** The type named in a URL's ?type=, or undefined for "all" (and for anything unknown). */
export function parseType(value: string | null | undefined): ResultType | undefined {
  return RESULT_TYPES.find((t) => t.value === value)?.value;
}

/**
 * The types a page names in Pagefind's type filter. Guidance pages name none: they are what is left (see
 * byType in engine.ts), which keeps the filter file small however long the guide grows.
 */
export const FILTERED_TYPES = ['competency', 'sheet'] as const satisfies readonly ResultType[];
export type FilteredType = (typeof FILTERED_TYPES)[number];

/** The filter attribute a competency or sheet page puts on its heading so Pagefind can filter by type. */
export function typeFilter(type: FilteredType): string {
  return `type:${type}`;
}
