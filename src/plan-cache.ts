import { join } from 'node:path';
import type { Audience } from './content/audience.ts';
import type { Course } from './content/course.ts';
import type { Paper } from './content/paper.ts';
import { cacheKey, lecternFingerprint, readCacheDocument, sha256 } from './build-cache.ts';
import type { Deck } from './plan/index.ts';

/** Planned decks, inside the output folder beside the build cache: hidden, and never served or linked. */
export const PLANS_FILE = '.lectern-plans.json';
const PLANS_KIND = 'lectern-plan-cache';
const PLANS_VERSION = 1;

interface PlanEntry {
  /** The hash of `decks` as JSON: a truncated or edited entry is not trusted. */
  sha256: string;
  decks: Deck[];
}

interface PlansDocument {
  kind: typeof PLANS_KIND;
  version: typeof PLANS_VERSION;
  /** By key: the paper, course and audience the decks were planned from, and Lectern itself. */
  plans: Record<string, PlanEntry>;
}

/**
 * Decks an earlier build planned, by what they were planned from. Planning is the slow part of a
 * build that changes nothing (it tags and condenses every sentence of the paper for every
 * audience), and it is a pure function of the ingested paper, the course's edits and the audience
 * profile: with those and Lectern's own source unchanged, the earlier decks are the same decks.
 * An unreadable, foreign or damaged cache is ignored, and everything is planned again.
 */
export class PlanCache {
  private readonly previous: Map<string, Deck[]>;
  private readonly next = new Map<string, Deck[]>();
  /** How many audiences' decks came from the cache rather than from planning. */
  reused = 0;
  /** Why the previous cache was not used, when there was one. */
  readonly ignored?: string;

  constructor(outDir: string, { force = false }: { force?: boolean } = {}) {
    const read = force ? { plans: new Map<string, Deck[]>() } : readPlans(join(outDir, PLANS_FILE));
    this.previous = read.plans;
    if ('problem' in read && read.problem) this.ignored = read.problem;
  }

  /** The decks for a paper, course and audience: the earlier build's when it planned the very same, else `plan()`'s. */
  decks(paper: Paper, course: Course, audience: Audience, plan: () => Deck[]): Deck[] {
    const key = cacheKey([lecternFingerprint(), JSON.stringify(paper), JSON.stringify(course), JSON.stringify(audience)]);
    const known = this.previous.get(key);
    if (known) this.reused++;
    const decks = known ?? plan();
    this.next.set(key, decks);
    return decks;
  }

  /**
   * The cache to write: this build's plans, and (for a build narrowed to some courses or
   * audiences, which leaves the others' output as it was) the earlier plans too.
   */
  serialize({ keepEarlier }: { keepEarlier: boolean }): string {
    const entries = new Map(keepEarlier ? this.previous : []);
    for (const [key, decks] of this.next) entries.set(key, decks);
    const plans: Record<string, PlanEntry> = {};
    for (const key of [...entries.keys()].sort()) {
      const decks = entries.get(key)!;
      plans[key] = { sha256: sha256(JSON.stringify(decks)), decks };
    }
    const document: PlansDocument = { kind: PLANS_KIND, version: PLANS_VERSION, plans };
    return `${JSON.stringify(document)}\n`;
  }
}

function readPlans(file: string): { plans: Map<string, Deck[]>; problem?: string } {
  const none = new Map<string, Deck[]>();
  const { record, problem } = readCacheDocument(file, PLANS_FILE, PLANS_KIND, PLANS_VERSION, 'plans');
  if (!record) return { plans: none, ...(problem ? { problem } : {}) };
  const plans = new Map<string, Deck[]>();
  for (const [key, entry] of Object.entries(record as Record<string, PlanEntry>)) {
    const valid = Array.isArray(entry?.decks) && typeof entry.sha256 === 'string' && sha256(JSON.stringify(entry.decks)) === entry.sha256;
    if (!valid) return { plans: none, problem: `${PLANS_FILE} has a damaged entry` };
    plans.set(key, entry.decks);
  }
  return { plans };
}
