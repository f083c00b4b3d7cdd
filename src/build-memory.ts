import { cacheKey, folderFingerprint, sha256 } from './build-cache.ts';
import { readPaper, type ReadOptions, type ReadResult } from './ingest/read.ts';
import { prepareToPlan } from './plan/index.ts';
import { MarpThread } from './export/marp-thread.ts';
import { createRenderer, TemplateSet, type DeckRenderer } from './render/index.ts';

/** Template folders, compiled. */
export interface CompiledTemplates {
  templates: TemplateSet;
  renderer: DeckRenderer;
}

/**
 * What a build keeps of the pure steps it ran — a paper read, templates compiled, a deck's
 * markdown — by a hash of everything each was made from, so that the next build of a
 * long-running process (`lectern dev`) redoes only what an edit changed. Each result is the one
 * the step gives from scratch. What a build did not use is forgotten when the next one starts.
 * It also keeps Marp's thread loaded, for the next build to render and convert without waiting.
 */
export class BuildMemory {
  private readonly papers = new Generations<Promise<ReadResult>>();
  private readonly renderers = new Generations<CompiledTemplates>();
  private readonly markdown = new Generations<string>();

  /** Marp, in a thread of its own that stays loaded from build to build. */
  readonly marp = new MarpThread();

  /** Starts a build: what the build before the last one used, and the last one did not, goes. */
  startBuild(): void {
    for (const kept of [this.papers, this.renderers, this.markdown]) kept.turn();
  }

  /**
   * Does ahead, while nothing else is asked of the process, what the next build would start with:
   * the papers it read, prepared for planning. A build that took every plan from the plan cache
   * left that undone, and the first edit would wait for it.
   */
  async prepare(): Promise<void> {
    for (const read of this.papers.values()) {
      try {
        prepareToPlan((await read).paper);
      } catch {
        // The build that read it reported why it failed.
      }
    }
  }

  /** Ends what the memory keeps running: Marp's thread. */
  close(): Promise<void> {
    return this.marp.close();
  }

  /** A paper read from its bytes (by `read`, Lectern's reader unless given another): the same bytes, the same paper. */
  readPaper(bytes: Uint8Array, options: ReadOptions, read: typeof readPaper = readPaper): Promise<ReadResult> {
    const key = cacheKey([sha256(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)), options.file]);
    const reading = this.papers.get(key, () => read(bytes, options));
    // A failed read is not kept: the next build reads the file again.
    reading.catch(() => this.papers.forget(key));
    return reading;
  }

  /** Compiled templates of these override folders (and Lectern's own), while their files are unchanged. */
  templates(overrides: readonly string[]): { key: string; compiled: CompiledTemplates } {
    const folders = new TemplateSet(overrides).folders;
    const key = cacheKey(folders.flatMap((folder) => [folder, folderFingerprint(folder)]));
    const compiled = this.renderers.get(key, () => {
      const templates = new TemplateSet(overrides);
      return { templates, renderer: createRenderer(templates) };
    });
    return { key, compiled };
  }

  /** A deck's markdown, by the templates' key and everything else it is rendered from. */
  rendered(templatesKey: string, inputs: unknown, render: () => string): string {
    return this.markdown.get(cacheKey([templatesKey, JSON.stringify(inputs)]), render);
  }
}

/** Results by key: those of the current build, and those of the one before, which it may take over. */
class Generations<T> {
  private previous = new Map<string, T>();
  private current = new Map<string, T>();

  get(key: string, make: () => T): T {
    if (this.current.has(key)) return this.current.get(key)!;
    const value = this.previous.has(key) ? this.previous.get(key)! : make();
    this.current.set(key, value);
    return value;
  }

  /** The current build's results. */
  values(): T[] {
    return [...this.current.values()];
  }

  forget(key: string): void {
    this.current.delete(key);
    this.previous.delete(key);
  }

  turn(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}
