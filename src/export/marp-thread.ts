import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { LecternError } from '../errors.ts';
import { BUILTIN_TEMPLATES } from '../render/templates.ts';
import { convertedFile, MARP_ENGINE, marpFailure } from './marp.ts';
import type { RenderedSlides } from './slides.ts';

const WORKER = fileURLToPath(new URL('./marp-worker.mjs', import.meta.url));

type Reply = { id: number; said: string } | { id: number; code: number } | { id: number; rendered: RenderedSlides } | { id: number; error: string };

interface Request {
  /** The thread asked: when it stops, what was asked of it fails. */
  worker: Worker;
  /** What marp-cli has said so far, for the error message. */
  said: string[];
  onConverted?: (markdownFile: string) => void;
  settle(reply: Exclude<Reply, { said: string }>): void;
}

/**
 * Marp, in a thread of Lectern's process: marp-cli's API converts decks to HTML — the same
 * converter and bespoke template (presenter view, notes) as the marp-cli command — and marp-core
 * renders decks' slides for Chromium to print. The thread loads both as it starts, beside whatever
 * the build does meanwhile (planning), and stays loaded for the next build of a long-running
 * process (`lectern dev`).
 */
export class MarpThread {
  private worker?: Worker;
  private next = 0;
  private readonly pending = new Map<number, Request>();

  /** Starts the thread now, if it is not running, so that it loads while other work runs. */
  start(): void {
    if (this.worker) return;
    const worker = new Worker(WORKER, { workerData: { engine: MARP_ENGINE, themeDir: join(BUILTIN_TEMPLATES, 'themes') } });
    // NOTE: an idle thread does not keep the process alive; one with work asked of it does (`ask`).
    worker.unref();
    worker.on('message', (reply: Reply) => this.receive(reply));
    worker.on('error', (error) => this.fail(worker, error));
    worker.on('exit', (code) => this.fail(worker, new Error(`Marp's thread stopped (exit ${code})`)));
    this.worker = worker;
  }

  /**
   * Converts the files to HTML, each written beside its markdown, one conversion at a time;
   * `onConverted` hears of each file as marp-cli reports it done.
   */
  async convert(files: readonly string[], themeDirs: readonly string[], onConverted?: (markdownFile: string) => void): Promise<void> {
    if (files.length === 0) return;
    const said: string[] = [];
    // NOTE: the inputs come first: `--theme-set` takes every argument after it.
    const reply = await this.ask({ kind: 'convert', args: [...files, '--theme-set', ...themeDirs] }, said, onConverted);
    if ('error' in reply) throw new LecternError(`marp-cli failed: ${reply.error}`);
    const failure = marpFailure('code' in reply ? reply.code : null, said.join('\n'));
    if (failure) throw failure;
  }

  /** A deck's slides as marp-core renders them with the themes of these folders (a later folder's theme replaces an earlier one of the same name). */
  async render(markdown: string, themeFolders: readonly string[]): Promise<RenderedSlides> {
    const reply = await this.ask({ kind: 'render', markdown, themeFolders });
    if ('rendered' in reply) return reply.rendered;
    throw new Error('error' in reply ? reply.error : 'Marp gave no slides');
  }

  /** Ends the thread; what it was still doing fails. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private ask(message: Record<string, unknown>, said: string[] = [], onConverted?: (markdownFile: string) => void): Promise<Exclude<Reply, { said: string }>> {
    this.start();
    const worker = this.worker!;
    const id = this.next++;
    return new Promise((resolve) => {
      this.pending.set(id, {
        worker,
        said,
        ...(onConverted ? { onConverted } : {}),
        settle: (reply) => {
          this.pending.delete(id);
          if (this.pending.size === 0) this.worker?.unref();
          resolve(reply);
        },
      });
      // While it has work, the thread keeps the process alive.
      worker.ref();
      worker.postMessage({ id, ...message });
    });
  }

  private receive(reply: Reply): void {
    const request = this.pending.get(reply.id);
    if (!request) return;
    if ('said' in reply) {
      request.said.push(reply.said);
      const file = convertedFile(reply.said);
      if (file) request.onConverted?.(file);
    } else request.settle(reply);
  }

  /** The thread stopped or failed: what it was doing fails, and what is asked next starts a new one. */
  private fail(worker: Worker, error: Error): void {
    if (this.worker === worker) this.worker = undefined;
    for (const [id, request] of [...this.pending]) if (request.worker === worker) request.settle({ id, error: error.message });
  }
}
