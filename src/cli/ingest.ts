import { resolve } from 'node:path';
import { readText } from '../content/load.ts';
import { ingestPaper } from '../ingest/index.ts';
import type { Command } from './commands.ts';
import { UsageError } from './main.ts';

export const ingestCommand: Command = {
  help: `lectern ingest — show what Lectern reads in a paper's plain text

Usage: lectern ingest FILE [--json]

  --json   print the structure as JSON (title, authors, sections and blocks, references, acronyms)`,
  options: { json: { type: 'boolean' } },
  async run(values, positionals, terminal) {
    const [file, extra] = positionals;
    if (!file) throw new UsageError('missing FILE: the paper to read');
    if (extra) throw new UsageError(`unexpected argument "${extra}"`);
    const { paper, diagnostics } = ingestPaper(readText(resolve(file), process.cwd()), { file });
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
    terminal.diagnostics(diagnostics);
    return 0;
  },
};
