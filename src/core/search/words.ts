/** How Rapport splits a query or a text into words, and the words that carry no topic. */

/** Words that carry no topic in a care worker's question. */
export const STOP_WORDS = new Set(
  `a about after again all am an and any are as at be been before being but by can could did do does doing
  for from get got had has have he her here hers him his how i if in into is it its just me mine my myself no
  nor not now of off on once only or our ours out over own same she should so some such than that the their
  theirs them then there these they this those to too under until up very was we were what when where which
  while who whom why will with would you your yours ok okay please want wants need needs tell told say said
  know really still also much many lot lots thing things way someone somebody something im ive dont cant
  shall may might must let lets us doesnt didnt isnt arent wasnt wont wouldnt shouldnt couldnt hasnt havent
  youre theyre thats whats hes shes keeps keep go going goes`.split(/\s+/),
);

/**
 * Stop words that can still name a topic ("should I tell a client I've had depression too"): searched only
 * when the content words alone find nothing.
 */
export const TOPIC_STOP_WORDS = new Set('tell told say said know want wants need needs keep keeps go going goes let lets'.split(' '));

/**
 * The people care is for, by whatever name the service uses. Nearly every question is about one of them,
 * so alone they say nothing about the topic ("client asked me out for a drink"): left out of the content
 * words, though the query as typed still holds them ("new client").
 */
export const PERSON_WORDS = new Set(
  'client clients patient patients resident residents service user users person people individual tenant tenants'.split(' '),
);

/** Lower-case words, apostrophes dropped ("don't" → "dont"), hyphens and other punctuation as spaces. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The words that name a topic: no stop words or person words, unless nothing else is left ("what is it"). */
export function contentWords(text: string): string[] {
  const all = words(text);
  const topical = all.filter((w) => !STOP_WORDS.has(w) && !PERSON_WORDS.has(w));
  if (topical.length) return topical;
  const kept = all.filter((w) => !STOP_WORDS.has(w));
  return kept.length ? kept : all;
}

/**
 * A word without its commonest ending, and a doubled last letter made single: "slapped", "slaps", "slaped" and
 * "slapping" are all "slap"; "hitting" and "hiting" are "hit". Rough on purpose: it only compares a typo with the
 * words of the situations file (situations.ts).
 */
export function roughStem(word: string): string {
  const ending = ['ing', 'ed', 'es', 's'].find((e) => word.endsWith(e) && word.length - e.length >= 3);
  const stem = ending ? word.slice(0, -ending.length) : word;
  return /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}
