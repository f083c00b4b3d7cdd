import { Marp } from '@marp-team/marp-core';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../src/build.ts';
import { splitSentences } from '../src/ingest/sentences.ts';
import { unescapeNote } from '../src/render/escape.ts';
import { fold, makeProject, readBundledPaper, ROOT, tempDir } from './helpers.ts';

const paperText = readBundledPaper();
const foldedPaper = fold(paperText);
const marp = new Marp({ emoji: { shortcode: false, unicode: false }, math: false, script: false });

let outDir: string;
let result: BuildResult;

/** Notes of a built deck, slide by slide, without the closing "Source:" line. */
function notesOf(markdownFile: string): string[] {
  const { comments } = marp.render(readFileSync(markdownFile, 'utf8'));
  return comments.flatMap((slide) =>
    slide.map((comment) => unescapeNote(comment).replace(/\n\nSource: [^\n]*$/, '')).filter((note) => !/^(Source|Answer): /.test(note)),
  );
}

function allFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allFiles(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

beforeAll(async () => {
  outDir = tempDir();
  result = await build({ root: ROOT, outDir, formats: ['html'] });
}, 120_000);

describe('build of the bundled course', () => {
  it('writes a markdown and an HTML file per deck and audience, a manifest and a course page', () => {
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
    expect(manifest).toEqual(result.manifest);
    const course = manifest.courses[0];
    expect(course.id).toBe('drug-resistance');
    expect(course.title).toBe('Drug Resistance in Cancer Treatment: Novel Strategies and Future Perspectives');
    expect(course.audiences.map((a: { id: string }) => a.id)).toEqual(['clinician', 'public', 'undergraduate']);
    const page = readFileSync(join(outDir, 'index.html'), 'utf8');
    for (const audience of course.audiences) {
      const decks = audience.decks;
      expect(decks.map((d: { id: string }) => d.id)).toEqual(['00-overview', '01-introduction', '02-mechanisms', '03-strategies', '04-personalized', '05-emerging', '06-challenges', '07-conclusion']);
      for (const deck of decks) {
        expect(deck.files.md).toBe(`drug-resistance/${audience.id}/${deck.id}.md`);
        expect(existsSync(join(outDir, deck.files.md))).toBe(true);
        expect(existsSync(join(outDir, deck.files.html))).toBe(true);
        expect(page).toContain(`href="${deck.files.html}"`);
        for (const slide of deck.slides) {
          // An assertion–evidence slide also lists the claim its headline makes.
          const keys = Object.keys(slide).filter((key) => key !== 'headline').sort();
          expect(keys).toEqual(['kind', 'minutes', 'notesWords', 'source', 'title']);
          if ('headline' in slide) expect(slide.headline).toMatch(/\S/);
        }
      }
    }
    expect(page).toContain('<a href="drug-resistance/undergraduate/02-mechanisms.html">Slides (HTML)</a><a href="drug-resistance/undergraduate/02-mechanisms.md">Markdown</a>');
    expect(page).toMatch(/<h2>For Undergraduates \(pharmacy\) <small>\(8 decks, about \d+ min\)<\/small><\/h2>/);
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page).toContain('<p>Second- and third-year pharmacy students meeting drug resistance for the first time.</p>');
    const decks = course.audiences[2].decks;
    const topic = decks[2].slides.find((s: { title: string }) => s.title === 'Drug Efflux Pumps');
    // Undergraduates get assertion–evidence slides: a topic's slide keeps its term as its title.
    expect(topic).toMatchObject({ kind: 'assertion', source: ['mechanisms/drug-efflux-pumps'] });
    expect(topic.notesWords).toBe(53); // `sed -n 63p paper.txt | wc -w`
  });

  it('takes every sentence of every note verbatim from the paper', () => {
    let sentences = 0;
    for (const file of allFiles(outDir).filter((f) => f.endsWith('.md'))) {
      for (const note of notesOf(join(outDir, file))) {
        for (const sentence of splitSentences(note)) {
          sentences++;
          expect(foldedPaper.includes(fold(sentence.text)), sentence.text).toBe(true);
        }
      }
    }
    expect(sentences).toBeGreaterThan(150);
  });

  it('covers every body paragraph of the paper exactly once, in order, across the section decks', () => {
    const body = paperText.slice(paperText.indexOf('\nINTRODUCTION'), paperText.indexOf('\nREFERENCES'));
    const paragraphs = body
      .split(/\n\s*\n/)
      .map(fold)
      .filter((p) => p && !/^[A-Z ]+:?$/.test(p));
    // Undergraduates get every block of the paper; other audiences leave some out on purpose.
    const undergraduate = result.manifest.courses[0]!.audiences.find((a) => a.id === 'undergraduate')!;
    const sectionDecks = undergraduate.decks.filter((d) => d.number > 0);
    const notes = sectionDecks.flatMap((deck) => notesOf(join(outDir, deck.files.md!)));
    expect(fold(notes.join(' '))).toBe(fold(paragraphs.join(' ')));
  });

  it('writes HTML with the speaker notes for the presenter view', () => {
    const html = readFileSync(join(outDir, 'drug-resistance/undergraduate/02-mechanisms.html'), 'utf8');
    // Ten blocks and three self-check questions carry notes.
    expect(html.match(/class="bespoke-marp-note"/g)).toHaveLength(13);
    expect(html).toContain('data-bespoke-marp-osc="presenter"');
    expect(html).not.toMatch(/https?:\/\/(?:fonts\.googleapis|cdn\.jsdelivr|twemoji)/);
  });

  it('builds the same bytes from the same input', async () => {
    const again = tempDir();
    await build({ root: ROOT, outDir: again, formats: ['html'] });
    const files = allFiles(outDir).sort();
    expect(allFiles(again).sort()).toEqual(files);
    for (const file of files) expect(readFileSync(join(again, file)).equals(readFileSync(join(outDir, file))), file).toBe(true);
  }, 120_000);
});

describe('a build of some audiences', () => {
  it('replaces their decks and keeps the others, in the files and in the manifest', async () => {
    const root = makeProject({ demo: { paper: paperText } });
    writeFileSync(join(root, 'content/demo/course.yaml'), '');
    const audiences = join(root, 'content/audiences');
    mkdirSync(audiences);
    writeFileSync(join(audiences, 'a.yaml'), 'name: A\n');
    writeFileSync(join(audiences, 'b.yaml'), 'name: B\nbulletsPerSlide: 2\n');
    await build({ root, formats: [] });
    writeFileSync(join(audiences, 'b.yaml'), 'name: B again\nbulletsPerSlide: 2\n');
    const result = await build({ root, formats: [], audiences: ['b'] });
    expect(result.deckCount).toBe(8);
    expect(result.manifest.courses[0]!.audiences.map((a) => [a.id, a.name])).toEqual([['a', 'A'], ['b', 'B again']]);
    expect(readdirSync(join(root, 'dist/demo')).sort()).toEqual(['a', 'b']);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toContain('For A <small>');
  }, 120_000);
});

describe('a full build after an audience is gone', () => {
  it('takes its decks away, from the files and from the manifest', async () => {
    const root = makeProject({ demo: { paper: paperText } });
    const audiences = join(root, 'content/audiences');
    mkdirSync(audiences);
    writeFileSync(join(audiences, 'a.yaml'), 'name: A\n');
    writeFileSync(join(audiences, 'b.yaml'), 'name: B\n');
    await build({ root, formats: [] });
    rmSync(join(audiences, 'b.yaml'));
    const result = await build({ root, formats: [] });
    expect(result.manifest.courses[0]!.audiences.map((a) => a.id)).toEqual(['a']);
    expect(readdirSync(join(root, 'dist/demo'))).toEqual(['a']);
    expect(readdirSync(join(root, 'dist')).sort()).toEqual(['.lectern-cache.json', 'demo', 'index.html', 'manifest.json']);
  }, 120_000);

  it('narrows a course’s own audiences with --audience rather than adding to them', async () => {
    const root = makeProject({ demo: { paper: paperText, course: 'audiences: [a]\n' } });
    const audiences = join(root, 'content/audiences');
    mkdirSync(audiences);
    writeFileSync(join(audiences, 'a.yaml'), 'name: A\n');
    writeFileSync(join(audiences, 'b.yaml'), 'name: B\n');
    const result = await build({ root, formats: [], audiences: ['b'] });
    expect(result.deckCount).toBe(0);
    expect(existsSync(join(root, 'dist/demo/b'))).toBe(false);
  }, 120_000);
});

describe('a failed build', () => {
  it('leaves the previous output untouched and no staging folders behind', async () => {
    const root = makeProject({ demo: { paper: paperText } });
    const out = join(root, 'dist');
    await build({ root, formats: ['html'] });
    const before = allFiles(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]);
    writeFileSync(join(root, 'content/demo/course.yaml'), 'blocks:\n  mechanisms/no-such-block: { title: X }\n');
    await expect(build({ root, formats: ['html'] })).rejects.toThrow(/names no block/);
    expect(allFiles(out).map((f) => [f, readFileSync(join(out, f), 'utf8')])).toEqual(before);
    // The build and plan caches are the previous build's, left as they were; no staging or temporary folder is left.
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual(['.lectern-cache.json']);
  }, 120_000);
});
