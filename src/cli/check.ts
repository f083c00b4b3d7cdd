import { formatLocation } from '../errors.ts';
import type { Command } from './commands.ts';
import { UsageError } from './main.ts';

export const checkCommand: Command = {
  help: `lectern check — render every deck in the browser and report slides whose content overflows

Usage: lectern check [--course ID]... [--audience ID]... [--json]

  --course ID     check only this course (repeatable; default: every folder in content/)
  --audience ID   check only this audience's decks (repeatable; default: every profile)
  --json          print the findings as JSON, for tools

Each finding names the deck, the slide number and title, the paper's blocks the slide is drawn
from, and the course.yaml line of an edit that put the text there. Exits 1 when anything overflows
or the check could not run (no Chromium).`,
  options: {
    course: { type: 'string', multiple: true },
    audience: { type: 'string', multiple: true },
    json: { type: 'boolean' },
  },
  async run(values, positionals, terminal) {
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    // NOTE: loaded when the command runs, so `lectern --help` starts without the pipeline.
    const { check } = await import('../check/check.ts');
    const result = await check({ root: values.root as string | undefined, courses: values.course as string[] | undefined, audiences: values.audience as string[] | undefined });
    const failed = result.overflows.length > 0 || result.diagnostics.some((d) => d.severity === 'error');
    if (values.json) {
      terminal.out(JSON.stringify(result, null, 2));
      return failed ? 1 : 0;
    }
    terminal.diagnostics(result.diagnostics);
    for (const finding of result.overflows) {
      const how = [finding.below && `${finding.below}px too tall`, finding.right && `${finding.right}px too wide`].filter(Boolean).join(', ');
      terminal.out(`overflow: ${finding.course}/${finding.audience}/${finding.deck} slide ${finding.slide} "${finding.title}": ${how}`);
      if (finding.source.length) terminal.out(`    from block${finding.source.length > 1 ? 's' : ''} ${finding.source.join(', ')}`);
      for (const edit of finding.edits) terminal.out(`    edited at ${formatLocation(edit)}`);
    }
    const checked = `${result.slides} slides in ${result.decks} decks`;
    if (result.overflows.length) terminal.out(`${result.overflows.length} of ${checked} overflow the 16:9 slide`);
    else if (!failed) terminal.out(`no overflow: ${checked} fit the 16:9 slide`);
    return failed ? 1 : 0;
  },
};
