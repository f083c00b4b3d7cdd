import type { Command } from './commands.ts';
import { UsageError } from './main.ts';

export const newCommand: Command = {
  help: `lectern new — start a course from a paper (PDF, JATS XML, markdown or plain text)

Usage: lectern new PAPER [--id ID]

Creates content/ID/ with the paper (for a PDF or XML paper, also paper.extracted.md: the text
Lectern read from it, which the speaker notes quote) and a starter course.yaml that lists every section and block
id (commented out, ready to edit), and adds ID to lectern.config.yaml when that lists its courses.
\`lectern build\` then builds the new course's decks.

  --id ID   the course's folder name (default: the file's name, or the paper title's first words)`,
  options: { id: { type: 'string' } },
  async run(values, positionals, terminal) {
    const [paper, extra] = positionals;
    if (!paper) throw new UsageError('missing PAPER: the paper as PDF, JATS XML, markdown or plain text');
    if (extra) throw new UsageError(`unexpected argument "${extra}"`);
    // NOTE: loaded when the command runs, so `lectern --help` starts without the pipeline.
    const { createCourse } = await import('../content/scaffold.ts');
    const result = await createCourse({ root: values.root as string | undefined, paper, id: values.id as string | undefined });
    terminal.diagnostics(result.diagnostics);
    const blocks = result.paper.sections.reduce((n, section) => n + section.blocks.length, 0);
    terminal.out(`created ${result.files.join(', ')}`);
    terminal.out(`"${result.paper.title}": ${result.paper.sections.length} sections, ${blocks} blocks, ${result.paper.references.length} references`);
    terminal.out(`next: edit content/${result.id}/course.yaml, then run \`lectern build --course ${result.id}\``);
    return 0;
  },
};
