import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCourse } from '../../src/content/course.ts';
import { LecternError } from '../../src/errors.ts';
import { ingestPaper } from '../../src/ingest/index.ts';
import { planDecks } from '../../src/plan/index.ts';
import { createRenderer, TemplateSet } from '../../src/render/index.ts';
import { readBundledPaper, tempDir } from '../helpers.ts';

const { paper } = ingestPaper(readBundledPaper());
const deck = planDecks(paper, parseCourse('drug-resistance', '', 'course.yaml', paper))[1]!;

/** A template folder holding one file, as a lecturer writes an override. */
function override(name: string, text: string): { folder: string; file: string } {
  const folder = tempDir('lectern-templates-');
  const file = join(folder, name);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return { folder, file };
}

function errorOf(run: () => unknown): LecternError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(LecternError);
    return error as LecternError;
  }
  throw new Error('expected an error');
}

describe('template mistakes are named', () => {
  it('a name the view does not have is an error at the override file and line', () => {
    const { folder, file } = override('partials/title.md.hbs', '<!-- _class: title -->\n\n# {{titel}}\n');
    const renderer = createRenderer(new TemplateSet([folder]));
    const error = errorOf(() => renderer.render(deck, { theme: 'lectern' }));
    expect(error.location).toMatchObject({ file, line: 3 });
    expect(error.message).toContain('{{titel}}');
  });

  it('a misspelt name in the deck layout is an error too', () => {
    const { folder, file } = override('deck.md.hbs', '---\nmarp: true\ntheme: {{{meta.theme}}}\n---\n{{#each slides}}\n{{tilte}}\n{{/each}}\n');
    const error = errorOf(() => createRenderer(new TemplateSet([folder])).render(deck, { theme: 'lectern' }));
    expect(error.location).toMatchObject({ file, line: 6 });
  });

  it('a parse error names the override file, its line, and keeps the whole message', () => {
    const { folder, file } = override('partials/topic.md.hbs', '<!-- _class: topic -->\n\n## {{title}\n\n{{> bullets}}\n');
    const error = errorOf(() => createRenderer(new TemplateSet([folder])));
    expect(error.location).toMatchObject({ file, line: 3 });
    expect(error.message).toMatch(/Parse error on line 3:\n.*\{\{title\}.*\n.*\^\n.*Expecting/);
  });

  it("a block closed by another name names the override's line and column", () => {
    const { folder, file } = override('partials/content.md.hbs', '## {{title}}\n{{#each bullets}}\n- {{this}}\n{{/eac}}\n');
    const error = errorOf(() => createRenderer(new TemplateSet([folder])));
    expect(error.location).toMatchObject({ file, line: 2 });
    expect(error.message).toContain("each doesn't match eac");
  });

  it("Lectern's own templates render in strict mode", () => {
    expect(createRenderer().render(deck, { theme: 'lectern', header: 'A college' })).toContain('header: "A college"');
  });
});
