import { formatLocation } from '../errors.ts';
import type { Command } from './commands.ts';
import { UsageError } from './main.ts';

export const checkCommand: Command = {
  help: `lectern check — render every deck in the browser: slides whose content overflows, and accessibility

Usage: lectern check [--course ID]... [--audience ID]... [--json]

  --course ID     check only this course (repeatable; default: every folder in content/)
  --audience ID   check only this audience's decks (repeatable; default: every profile)
  --json          print the findings as JSON, for tools

An overflow names the deck, the slide number and title, the paper's blocks the slide is drawn
from, and the course.yaml line of an edit that put the text there. axe-core checks every HTML
deck, slide by slide, and the course page against WCAG 2.2 A and AA; a violation names the deck,
the slide, the rule and the elements. Exits 1 when anything overflows, on a serious or critical
accessibility violation, or when the check could not run (no Chromium).`,
  options: {
    course: { type: 'string', multiple: true },
    audience: { type: 'string', multiple: true },
    json: { type: 'boolean' },
  },
  async run(values, positionals, terminal) {
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    // NOTE: loaded when the command runs, so `lectern --help` starts without the pipeline.
    const { check } = await import('../check/check.ts');
    const { isFailing } = await import('../check/accessibility.ts');
    const result = await check({ root: values.root as string | undefined, courses: values.course as string[] | undefined, audiences: values.audience as string[] | undefined });
    const failed = result.overflows.length > 0 || result.accessibility.some(isFailing) || result.diagnostics.some((d) => d.severity === 'error');
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
    for (const finding of result.accessibility) {
      const where = finding.deck ? `${finding.course}/${finding.audience}/${finding.deck}${finding.slide ? ` slide ${finding.slide}${finding.title ? ` "${finding.title}"` : ''}` : ''}` : 'course page';
      terminal.out(`accessibility (${finding.impact}): ${where}: ${finding.rule}: ${finding.help}`);
      terminal.out(`    ${finding.targets.length} element${finding.targets.length > 1 ? 's' : ''}: ${finding.targets.slice(0, 3).join(', ')}${finding.targets.length > 3 ? ', …' : ''}`);
      if (finding.summary) terminal.out(`    ${finding.summary}`);
    }
    const checked = `${result.slides} slides in ${result.decks} decks`;
    if (result.overflows.length) terminal.out(`${result.overflows.length} of ${checked} overflow the 16:9 slide`);
    else if (!failed) terminal.out(`no overflow: ${checked} fit the 16:9 slide`);
    const serious = result.accessibility.filter(isFailing).length;
    if (result.accessibility.length) terminal.out(`${result.accessibility.length} accessibility violation${result.accessibility.length > 1 ? 's' : ''} (${serious} serious or critical) on ${result.pages} pages`);
    else if (!result.diagnostics.some((d) => d.severity === 'error')) terminal.out(`no accessibility violations: axe-core found none on ${result.pages} pages (WCAG 2.2 A and AA)`);
    return failed ? 1 : 0;
  },
};
