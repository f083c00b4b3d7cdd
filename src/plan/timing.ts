import type { Audience } from '../content/audience.ts';
import type { Diagnostic } from '../errors.ts';
import { wordsIn, type Deck, type Slide } from './deck.ts';

/** Minutes to speak a slide's notes at the audience's rate. */
export function slideMinutes(slide: Slide, rate: number): number {
  return wordsIn(slide.notes) / rate;
}

export function deckMinutes(deck: Deck, rate: number): number {
  return deck.slides.reduce((sum, slide) => sum + slideMinutes(slide, rate), 0);
}

/** Minutes as the manifest and course page show them: two decimals. */
export function roundMinutes(minutes: number): number {
  return Math.round(minutes * 100) / 100;
}

/**
 * A warning when a deck runs over the audience's time budget, naming the longest slides whose
 * removal would bring it within budget.
 */
export function budgetWarning(deck: Deck, audience: Audience, file: string): Diagnostic | undefined {
  const budget = audience.timeBudget;
  if (budget === undefined) return undefined;
  const total = deckMinutes(deck, audience.speakingRate);
  if (total <= budget) return undefined;
  const candidates = deck.slides
    .filter((s) => s.kind === 'content' || s.kind === 'topic')
    .map((slide) => ({ slide, minutes: slideMinutes(slide, audience.speakingRate) }))
    .sort((a, b) => b.minutes - a.minutes);
  const cut: string[] = [];
  let remaining = total;
  for (const { slide, minutes } of candidates) {
    if (remaining <= budget) break;
    cut.push(`“${slide.title}” (${minutes.toFixed(1)} min, ${slide.source[0]})`);
    remaining -= minutes;
  }
  const advice = cut.length ? `cut ${cut.join(', ')}${remaining > budget ? ' (and it is still over)' : ''}` : 'it has no content slide to cut';
  return {
    severity: 'warning',
    message: `${deck.id} for ${audience.id} takes ${total.toFixed(1)} min, over its ${budget} min budget; ${advice}`,
    location: { file },
  };
}
