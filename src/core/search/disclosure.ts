/**
 * A query that reads as someone telling a worker about harm ("she said a man at her day service touched her",
 * "kid said his dad hits his mum"). Its words are about the harm, so a lexical search finds the pages on touch
 * or on culture; what the worker needs is what to do when someone discloses abuse. Such a query also searches
 * for the site's words for that, so the safeguarding page ranks with the rest. Both kinds of word must be
 * there: "she said her back hurts" and "he hit me" are not disclosures about someone else.
 */
import { words } from './words.ts';

/** Words by which a worker reports what a person told them. */
export const TELLING_WORDS = new Set(
  'said says saying told tells telling disclosed discloses mentioned mentions admitted admits confided confides alleged alleges claims claimed reported reports'.split(' '),
);

/**
 * Words for harm done by one person to another. Not "hurt" or "touch": "said her hip hurts", "told me not to
 * touch her" are not disclosures.
 */
export const HARM_WORDS = new Set(
  `hit hits hitting slapped slaps slapping punched punches punching kicked kicks kicking beat beats beaten beating
  pushed pushes pushing shoved shoves grabbed grabs groped gropes groping touched touches touching raped rapes rape
  assaulted assault assaults abused abuses abusing abuse bullied bullies bullying threatened threatens threatening
  stole steals stealing stolen smacked smacks strangled choked chokes`.split(/\s+/),
);

/** The site's words for what to do when someone discloses harm: searched too when a query reads as one. */
export const DISCLOSURE_PHRASES = ['disclosure', 'safeguarding', 'abuse'];

/** Whether the query reads as someone telling the worker about harm. */
export function readsAsDisclosure(query: string): boolean {
  const all = words(query);
  return all.some((w) => TELLING_WORDS.has(w)) && all.some((w) => HARM_WORDS.has(w));
}
