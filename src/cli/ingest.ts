import { resolve } from 'node:path';
import { readBytes } from '../content/load.ts';
import type { Dropped } from '../content/paper.ts';
import { readPaper } from '../ingest/read.ts';
import { wordCount } from '../ingest/text.ts';
import type { Command } from './commands.ts';
import { UsageError } from './main.ts';

export const ingestCommand: Command = {
  help: `lectern ingest — show what Lectern reads in a paper

Usage: lectern ingest FILE [--json | --text]

FILE is a PDF, a JATS XML article (.xml, .nxml), markdown or plain text; the format is told
from what the file holds.

  --json   print the structure as JSON (title, authors, sections and blocks, references,
           acronyms, and every piece of text left out, with why and where)
  --text   print the text as Lectern read it (for a PDF or XML paper, the extracted copy)`,
  options: { json: { type: 'boolean' }, text: { type: 'boolean' } },
  async run(values, positionals, terminal) {
    const [file, extra] = positionals;
    if (!file) throw new UsageError('missing FILE: the paper to read');
    if (extra) throw new UsageError(`unexpected argument "${extra}"`);
    const { paper, diagnostics, text } = await readPaper(readBytes(resolve(file), process.cwd()), { file });
    if (values.text) {
      terminal.out(text.replace(/\n$/, ''));
      return 0;
    }
    if (values.json) {
      terminal.out(JSON.stringify({ ...paper, diagnostics }, null, 2));
      return 0;
    }
    terminal.out(`${paper.title}\n${paper.authors.map((a) => a.name).join(', ')}\n`);
    paper.sections.forEach((section, i) => {
      const topics = section.blocks.filter((b) => b.kind === 'topic').length;
      terminal.out(`§${i + 1} ${section.title} (${section.id}): ${section.blocks.length} blocks, ${topics} topics`);
      for (const block of section.blocks) {
        const kind = block.kind === 'list' || block.kind === 'table' ? `  [${block.kind}]` : '';
        terminal.out(`    ${block.id}${block.term ? `  “${block.term}”` : ''}${kind}`);
      }
    });
    terminal.out(`\n${paper.references.length} references, ${paper.acronyms.length} acronyms: ${paper.acronyms.map((a) => a.short).join(', ')}`);
    if (paper.dropped.length) terminal.out(droppedSummary(paper.dropped));
    terminal.diagnostics(diagnostics);
    return 0;
  },
};

/** "dropped 312 words: 6 running headers (18 words), 4 captions (120 words), …": what was left out, by why. */
export function droppedSummary(dropped: readonly Dropped[]): string {
  const byReason = new Map<string, { count: number; words: number }>();
  for (const item of dropped) {
    const entry = byReason.get(item.reason) ?? { count: 0, words: 0 };
    entry.count++;
    entry.words += wordCount(item.text);
    byReason.set(item.reason, entry);
  }
  const total = [...byReason.values()].reduce((n, entry) => n + entry.words, 0);
  const parts = [...byReason].map(([reason, { count, words }]) => `${count} ${count === 1 ? reason : plural(reason)} (${words} words)`);
  return `dropped ${total} words: ${parts.join(', ')}; \`--json\` lists them`;
}

function plural(reason: string): string {
  if (reason.endsWith('matter') || reason.endsWith('text') || reason.endsWith('furniture')) return reason;
  return reason.endsWith('x') ? `${reason}es` : `${reason}s`;
}
