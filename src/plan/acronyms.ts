import type { Acronym } from '../content/paper.ts';
import type { Deck, Slide } from './deck.ts';

/** Matches an acronym as a word of its own: not inside "AI-powered" or "HER2-targeted". */
function wordPattern(short: string): RegExp {
  const escaped = short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}(?![\\p{L}\\p{N}-])`, 'u');
}

/** The acronyms a deck's slides or notes use, in the order the paper defines them. */
export function acronymsUsed(deck: Deck, acronyms: readonly Acronym[]): Acronym[] {
  const text = deck.slides.map((s) => [s.title, s.headline ?? '', ...s.bullets, s.notes ?? ''].join('\n')).join('\n');
  return acronyms.filter((a) => wordPattern(a.short).test(text));
}

/**
 * Spells each acronym out on its first use in a deck's slide text — "epidermal growth factor
 * receptor (EGFR)" — unless that use already comes with its long form. Notes stay verbatim.
 */
export function spellOutAcronyms(deck: Deck, acronyms: readonly Acronym[]): Deck {
  const pending = new Map(acronyms.map((a) => [a.short, a]));
  const expand = (text: string): string => {
    for (const [short, acronym] of pending) {
      const match = wordPattern(short).exec(text);
      if (!match) continue;
      pending.delete(short);
      const before = text.slice(0, match.index);
      if (before.toLowerCase().trimEnd().endsWith(`${acronym.long.toLowerCase()} (`)) continue;
      // "wild type (WT)": in brackets after words, the acronym comes with a long form already, if
      // not the one Lectern found ("wide-type", a slip elsewhere in the paper).
      if (/\p{L}[^\S\n]*\($/u.test(before) && text.slice(match.index + short.length).startsWith(')')) continue;
      // "CDK5 inhibition blocks …" → "Cyclin-dependent kinase 5 (CDK5) inhibition …": a statement starts with a capital.
      const long = match.index === 0 ? acronym.long.charAt(0).toUpperCase() + acronym.long.slice(1) : acronym.long;
      text = `${before}${long} (${short})${text.slice(match.index + short.length)}`;
    }
    return text;
  };
  // An assertion–evidence slide's headline is read before its evidence: it gets the long form first.
  // A reference is cited as the paper gives it: its title is someone else's words.
  const slides = deck.slides.map((slide): Slide =>
    slide.kind === 'title' || slide.kind === 'references' ? slide : { ...slide, ...(slide.headline ? { headline: expand(slide.headline) } : {}), bullets: slide.bullets.map(expand) },
  );
  return { ...deck, slides };
}
