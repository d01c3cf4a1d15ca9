/**
 * Gibbs' reflective cycle (Gibbs, 1988): the six stages of the reflective log, with the question each one asks.
 * The keys are what saved entries store; the words may be reworded freely.
 */
export const GIBBS_STAGES = [
  { key: 'description', title: 'Description', prompt: 'What happened? Who was there, and what did you do?' },
  { key: 'feelings', title: 'Feelings', prompt: 'What were you thinking and feeling at the time?' },
  { key: 'evaluation', title: 'Evaluation', prompt: 'What went well, and what did not go so well?' },
  { key: 'analysis', title: 'Analysis', prompt: 'Why did it go that way? What helped, and what got in the way?' },
  { key: 'conclusion', title: 'Conclusion', prompt: 'What have you learned? What else could you have done?' },
  { key: 'action', title: 'Action plan', prompt: 'If it happened again, what would you do? What will you do next?' },
] as const;

export type StageKey = (typeof GIBBS_STAGES)[number]['key'];
export const STAGE_KEYS = GIBBS_STAGES.map((s) => s.key) as unknown as readonly [StageKey, ...StageKey[]];
