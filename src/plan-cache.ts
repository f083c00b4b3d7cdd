import { statSync } from 'node:fs';
import { join } from 'node:path';
import { cacheKey, lecternFingerprint, readCacheDocument, sha256, writeFileAtomically } from './build-cache.ts';
import type { Deck, PlanMemory, PlannedLecture, TitleCounts } from './plan/index.ts';

/**
 * The project's cache folder, beside the output rather than in it: every output folder (dist/, an
 * HTML-only build elsewhere, `lectern dev`'s) plans from the same paper and edits, so all share it.
 */
export const PROJECT_CACHE_DIR = '.lectern-cache';
const PLANS_FILE = 'plans.json';
const PLANS_KIND = 'lectern-plan-cache';
const PLANS_VERSION = 3;

/** A lecture as planned, before its wording: what it was planned from, and what its planning looked up. */
interface RememberedLecture {
  key: string;
  /** Each title count the planning looked up, with the count it got. */
  lookups: [string, number][];
  deck: Deck;
  /** The keys of the deck's titles, as planning gave them. */
  titleKeys: string[];
}

/** A deck as finished (worded, acronyms spelled out, quiz and glossary added), by what it was finished from. */
interface FinishedDeck {
  key: string;
  deck: Deck;
}

/** What is remembered of one deck slot (a course, an audience, a deck id). */
interface SlotEntry {
  lecture?: RememberedLecture;
  /** The overview as planned, before it is finished. */
  overview?: FinishedDeck;
  finished?: FinishedDeck;
}

interface StoredSlot {
  /** The hash of `entry` as JSON: a truncated or edited entry is not trusted. */
  sha256: string;
  entry: SlotEntry;
}

interface PlansDocument {
  kind: typeof PLANS_KIND;
  version: typeof PLANS_VERSION;
  /** By slot: `<course>/<audience>/<deck id>`. */
  slots: Record<string, StoredSlot>;
}

/**
 * Decks earlier builds planned, one entry per deck slot, in `.lectern-cache/plans.json` under the
 * project. Planning is the slow part of a build that changes little (it tags and condenses every
 * sentence of the paper for every audience), and each deck is a pure function of what planning
 * says it is planned from (the ingested paper, the course edits that concern it, the audience
 * profile) and of Lectern's own source, which is part of every key: with those unchanged, the
 * earlier deck is the same deck. A lecture is also told the titles of the lectures before it; its
 * plan is reused only while every title count it looked up is still the same. An unreadable,
 * foreign or damaged cache is ignored, and everything is planned again.
 */
export class PlanCache implements PlanMemory {
  private readonly file: string;
  private readonly previous: Map<string, SlotEntry>;
  private readonly next = new Map<string, SlotEntry>();
  /** Hashes of the inputs already hashed (the paper, for one, is an input of every deck). */
  private readonly hashes = new WeakMap<object, string>();
  /** Lectures taken from an earlier plan, and lectures planned. */
  readonly lectures = { reused: 0, planned: 0 };
  /** Why the previous cache was not used, when there was one. */
  readonly ignored?: string;

  /** Called before a lecture is planned, rather than taken from an earlier plan. */
  private readonly onPlanning: () => void;

  constructor(root: string, { force = false, onPlanning = () => {} }: { force?: boolean; onPlanning?: () => void } = {}) {
    this.file = join(root, PROJECT_CACHE_DIR, PLANS_FILE);
    this.onPlanning = onPlanning;
    const read = force ? { slots: new Map<string, SlotEntry>() } : readPlans(this.file);
    this.previous = read.slots;
    if (read.problem) this.ignored = read.problem;
  }

  lecture(slot: string, inputs: readonly unknown[], titleUse: TitleCounts, plan: (titleUse: TitleCounts) => PlannedLecture): PlannedLecture {
    const key = this.keyOf(inputs);
    const earlier = this.previous.get(slot)?.lecture;
    if (earlier && earlier.key === key && earlier.lookups.every(([title, count]) => (titleUse.get(title) ?? 0) === count)) {
      this.lectures.reused++;
      this.entry(slot).lecture = earlier;
      return earlier;
    }
    this.onPlanning();
    const lookups = new Map<string, number>();
    const planned = plan({
      get(title) {
        const count = titleUse.get(title);
        lookups.set(title, count ?? 0);
        return count;
      },
    });
    this.lectures.planned++;
    const remembered = { key, lookups: [...lookups], ...planned };
    this.entry(slot).lecture = remembered;
    return remembered;
  }

  overview(slot: string, inputs: readonly unknown[], plan: () => Deck): Deck {
    return this.remembered(slot, 'overview', inputs, plan);
  }

  finished(slot: string, inputs: readonly unknown[], finish: () => Deck): Deck {
    return this.remembered(slot, 'finished', inputs, finish);
  }

  /** A step of a slot's planning that depends on its inputs alone: the earlier deck when they are the same. */
  private remembered(slot: string, step: 'overview' | 'finished', inputs: readonly unknown[], make: () => Deck): Deck {
    const key = this.keyOf(inputs);
    const earlier = this.previous.get(slot)?.[step];
    const kept = earlier?.key === key ? earlier : { key, deck: make() };
    this.entry(slot)[step] = kept;
    return kept.deck;
  }

  /**
   * Writes the cache: this build's slots, and the others as the file holds them now (another
   * build, into another output folder, may have written it since this one read it), but none of
   * an audience this build planned that it no longer has. Written whole under a temporary name
   * and then renamed, so a reader never sees half of it.
   */
  save(): void {
    const planned = new Set([...this.next.keys()].map(audienceOf));
    const entries = new Map([...readPlans(this.file).slots].filter(([slot]) => !planned.has(audienceOf(slot))));
    for (const [slot, entry] of this.next) {
      // A slot taken whole from the earlier cache keeps its entry, and with it its stored text.
      const earlier = this.previous.get(slot);
      const same = earlier?.lecture === entry.lecture && earlier?.overview === entry.overview && earlier?.finished === entry.finished;
      // Frozen: each entry's stored text is made once, so the entry must not change after.
      entries.set(slot, same && earlier ? earlier : Object.freeze(entry));
    }
    const sorted = new Map([...entries.keys()].sort().map((slot) => [slot, entries.get(slot)!]));
    // Assembled from each slot's stored text: a slot reused as it was is not turned into JSON again.
    const slots = [...sorted].map(([slot, entry]) => `${JSON.stringify(slot)}:${storedText(entry)}`);
    const text = `{"kind":${JSON.stringify(PLANS_KIND)},"version":${PLANS_VERSION},"slots":{${slots.join(',')}}}\n`;
    writeFileAtomically(this.file, text);
    lastKnown = { file: this.file, stamp: stampOf(this.file), slots: sorted };
  }

  private entry(slot: string): SlotEntry {
    let entry = this.next.get(slot);
    if (!entry) this.next.set(slot, (entry = {}));
    return entry;
  }

  private keyOf(inputs: readonly unknown[]): string {
    return cacheKey([lecternFingerprint(), ...inputs.map((input) => this.hashOf(input))]);
  }

  private hashOf(input: unknown): string {
    if (typeof input !== 'object' || input === null) return sha256(JSON.stringify(input) ?? 'undefined');
    let hash = this.hashes.get(input);
    if (hash === undefined) this.hashes.set(input, (hash = sha256(JSON.stringify(input))));
    return hash;
  }
}

/**
 * The plans file as this process last read or wrote it, checked already: a long-running process
 * (`lectern dev`) does not read and check it again while nothing else has written it since.
 */
let lastKnown: { file: string; stamp: string | undefined; slots: Map<string, SlotEntry> } | undefined;

/** What tells one version of a file from another without reading it. */
function stampOf(file: string): string | undefined {
  try {
    const stat = statSync(file, { bigint: true });
    return `${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
  } catch {
    return undefined;
  }
}

/** A slot's entry as stored, `{"sha256":…,"entry":…}`, made once per entry. */
const storedTexts = new WeakMap<SlotEntry, string>();

function storedText(entry: SlotEntry, json = JSON.stringify(entry)): string {
  let text = storedTexts.get(entry);
  if (text === undefined) storedTexts.set(entry, (text = `{"sha256":"${sha256(json)}","entry":${json}}`));
  return text;
}

/** `<course>/<audience>` of a slot `<course>/<audience>/<deck id>`. */
function audienceOf(slot: string): string {
  return slot.slice(0, slot.lastIndexOf('/'));
}

function readPlans(file: string): { slots: Map<string, SlotEntry>; problem?: string } {
  const stamp = stampOf(file);
  if (lastKnown?.file === file && stamp !== undefined && lastKnown.stamp === stamp) return { slots: lastKnown.slots };
  const none = new Map<string, SlotEntry>();
  const shownAs = join(PROJECT_CACHE_DIR, PLANS_FILE);
  const { record, problem } = readCacheDocument(file, shownAs, PLANS_KIND, PLANS_VERSION, 'slots');
  if (!record) return { slots: none, ...(problem ? { problem } : {}) };
  const slots = new Map<string, SlotEntry>();
  for (const [slot, stored] of Object.entries(record as PlansDocument['slots'])) {
    const json = isSlotEntry(stored?.entry) ? JSON.stringify(stored.entry) : undefined;
    if (typeof stored?.sha256 !== 'string' || json === undefined || sha256(json) !== stored.sha256) return { slots: none, problem: `${shownAs} has a damaged entry` };
    storedText(stored.entry, json);
    slots.set(slot, stored.entry);
  }
  lastKnown = { file, stamp, slots };
  return { slots };
}

function isSlotEntry(entry: unknown): entry is SlotEntry {
  if (typeof entry !== 'object' || entry === null) return false;
  const { lecture, overview, finished } = entry as Record<string, unknown>;
  const isDeck = (deck: unknown) => typeof deck === 'object' && deck !== null && Array.isArray((deck as Deck).slides);
  const isKeyed = (value: unknown): value is { key: unknown; deck: unknown } => typeof value === 'object' && value !== null && typeof (value as { key: unknown }).key === 'string' && isDeck((value as { deck: unknown }).deck);
  const isLookup = (pair: unknown) => Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string' && typeof pair[1] === 'number';
  const keys = (lecture as RememberedLecture | undefined)?.titleKeys;
  if (lecture !== undefined && !(isKeyed(lecture) && Array.isArray((lecture as RememberedLecture).lookups) && (lecture as RememberedLecture).lookups.every(isLookup) && Array.isArray(keys) && keys.every((k) => typeof k === 'string'))) return false;
  return (overview === undefined || isKeyed(overview)) && (finished === undefined || isKeyed(finished));
}
