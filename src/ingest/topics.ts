import { isTitleCase, wordCount } from './text.ts';

/**
 * Finds the term of a `Term: explanation` paragraph. The term is short, in title case and has no
 * sentence punctuation, which tells it from a sentence with a colon ("... two main forms: ...").
 */
export function topicTerm(text: string): string | undefined {
  const match = /^([^:]{2,120}?):\s+\S/.exec(text);
  if (!match) return undefined;
  const term = match[1]!.trim();
  if (wordCount(term) > 10 || /[.!?;,]/.test(term)) return undefined;
  return isTitleCase(term) ? term : undefined;
}
