import type { Audience } from '../content/audience.ts';

/** Verbs of learning objectives, in the plain words a public audience would use. */
const PLAIN_VERBS: [RegExp, string][] = [
  [/^(?:define|outline)\b/i, 'Know what is meant by'],
  [/^(?:describe|explain|summarise|summarize)\b/i, 'Understand'],
  // "Relate X to Y" keeps its "to": "Link X to Y". "Compare" and "match" are everyday words already.
  [/^relate\b/i, 'Link'],
  [/^argue\b/i, 'Think about'],
  [/^(?:distinguish)\b/i, 'Tell apart'],
  [/^(?:identify|give examples of|recall)\b/i, 'Recognise'],
  [/^(?:discuss|evaluate|reflect on)\b/i, 'Think about'],
];

/** Titles of the framing slides, by wording level. */
export const FRAMING_TITLES = {
  plain: { objectives: 'What you will learn', takeaways: 'What to remember' },
  standard: { objectives: 'Learning objectives', takeaways: 'Key points' },
  technical: { objectives: 'Objectives', takeaways: 'Clinical and research take-aways' },
} satisfies Record<Audience['wording'], { objectives: string; takeaways: string }>;

/** Rewords an objective for the audience: plain wording swaps the opening verb for an everyday one. */
export function wordObjective(objective: string, wording: Audience['wording']): string {
  if (wording !== 'plain') return objective;
  for (const [verb, plain] of PLAIN_VERBS) if (verb.test(objective)) return objective.replace(verb, plain);
  return objective;
}
