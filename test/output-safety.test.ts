import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../src/build.ts';
import { createCourse } from '../src/content/scaffold.ts';
import { LecternError } from '../src/errors.ts';
import { makeProject, ROOT } from './helpers.ts';

const PAPER = readFileSync(join(ROOT, 'test/fixtures/alpine-beetles/paper.txt'), 'utf8');

/** A project with one course and one audience, and a file of the lecturer's beside it. */
function project(): string {
  const root = makeProject({ beetles: { paper: PAPER } });
  mkdirSync(join(root, 'content/audiences'));
  writeFileSync(join(root, 'content/audiences/public.yaml'), 'name: The public\n');
  writeFileSync(join(root, 'content/beetles/figure.png'), 'the lecturer’s figure');
  return root;
}

async function failure(run: Promise<unknown>): Promise<LecternError> {
  try {
    await run;
  } catch (error) {
    expect(error).toBeInstanceOf(LecternError);
    return error as LecternError;
  }
  throw new Error('expected the build to fail');
}

/** Markdown only: these tests are about what a build may write and delete, not the formats. */
const MARKDOWN = { formats: [] };

describe('a build writes and deletes only inside its own output folder', () => {
  it('refuses a course id that leaves content/, and deletes nothing', async () => {
    const root = project();
    mkdirSync(join(root, 'x/public'), { recursive: true });
    writeFileSync(join(root, 'x/public/keep.txt'), 'keep');
    const error = await failure(build({ root, courses: ['../x'], ...MARKDOWN }));
    expect(error.message).toMatch(/course id "\.\.\/x" cannot be a folder name/);
    expect(readFileSync(join(root, 'x/public/keep.txt'), 'utf8')).toBe('keep');
  });

  it('refuses audience ids that are not one folder name, profiles named .yaml and ...yaml included', async () => {
    const root = project();
    expect((await failure(build({ root, audiences: ['../content'], ...MARKDOWN }))).message).toMatch(/audience id "\.\.\/content"/);
    writeFileSync(join(root, 'content/audiences/...yaml'), 'name: Dots\n');
    const dots = await failure(build({ root, ...MARKDOWN }));
    expect(dots.message).toMatch(/audience id "\.\." cannot be a folder name/);
    expect(dots.location?.file).toBe(join('content', 'audiences', '...yaml'));
    rmSync(join(root, 'content/audiences/...yaml'));
    writeFileSync(join(root, 'content/audiences/.yaml'), 'name: Nameless\n');
    expect((await failure(build({ root, ...MARKDOWN }))).message).toMatch(/audience id "" cannot be a folder name/);
  });

  it('refuses a course folder whose name is no safe id, such as a javascript: link', async () => {
    const root = project();
    mkdirSync(join(root, 'content/javascript:alert(1)'));
    writeFileSync(join(root, 'content/javascript:alert(1)/paper.txt'), PAPER);
    const error = await failure(build({ root, ...MARKDOWN }));
    expect(error.message).toMatch(/course id "javascript:alert\(1\)" cannot be a folder name/);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });

  it('refuses a previous manifest that names folders outside the output, and keeps content/', async () => {
    const root = project();
    const outDir = join(root, 'dist');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'manifest.json'), JSON.stringify({ courses: [{ id: '..', title: 'x', audiences: [{ id: 'content', name: 'x', decks: [] }] }] }));
    const error = await failure(build({ root, ...MARKDOWN }));
    expect(error.location?.file).toBe(join('dist', 'manifest.json'));
    expect(error.message).toMatch(/not a manifest Lectern wrote.*courses\.0\.id/);
    expect(readFileSync(join(root, 'content/beetles/figure.png'), 'utf8')).toBe('the lecturer’s figure');
    expect(existsSync(join(root, 'content/beetles/paper.txt'))).toBe(true);
  });

  it('names an unrelated manifest.json instead of crashing after the work', async () => {
    const root = project();
    mkdirSync(join(root, 'site'));
    writeFileSync(join(root, 'site/manifest.json'), '{"name": "A web app", "icons": []}');
    const error = await failure(build({ root, outDir: 'site', ...MARKDOWN }));
    expect(error.location?.file).toBe(join('site', 'manifest.json'));
    expect(readdirSync(join(root, 'site'))).toEqual(['manifest.json']);
    writeFileSync(join(root, 'site/manifest.json'), 'not json');
    expect((await failure(build({ root, outDir: 'site', ...MARKDOWN }))).message).toMatch(/not JSON/);
  });

  it('refuses an output folder that is or holds the project, content/ or templates', async () => {
    const root = project();
    for (const out of ['.', '..', 'content', 'content/beetles', 'content/out', 'templates']) {
      const error = await failure(build({ root, outDir: out, ...MARKDOWN }));
      expect(error.message).toMatch(/project folder|overlaps/);
    }
    expect(existsSync(join(root, 'index.html'))).toBe(false);
    expect(readdirSync(join(root, 'content/beetles')).sort()).toEqual(['figure.png', 'paper.txt']);
  });

  it('refuses a folder of files Lectern did not make, unless forced, and an output that is a file', async () => {
    const root = project();
    mkdirSync(join(root, 'website'));
    writeFileSync(join(root, 'website/index.html'), '<h1>My site</h1>');
    const error = await failure(build({ root, outDir: 'website', ...MARKDOWN }));
    expect(error.message).toMatch(/files Lectern did not make \(index\.html\).*--force/);
    expect(readFileSync(join(root, 'website/index.html'), 'utf8')).toBe('<h1>My site</h1>');
    await build({ root, outDir: 'website', force: true, ...MARKDOWN });
    expect(existsSync(join(root, 'website/beetles/public/00-overview.md'))).toBe(true);
    // Built once, the folder is Lectern's: the next build needs no --force.
    await build({ root, outDir: 'website', ...MARKDOWN });
    writeFileSync(join(root, 'a-file'), 'x');
    expect((await failure(build({ root, outDir: 'a-file', ...MARKDOWN }))).message).toMatch(/is a file/);
  });

  it('builds into an empty or new folder, and again into its own', async () => {
    const root = project();
    const result = await build({ root, ...MARKDOWN });
    expect(result.deckCount).toBeGreaterThan(2);
    await build({ root, ...MARKDOWN });
    expect(readdirSync(join(root, 'dist')).sort()).toEqual(['.lectern-cache.json', 'beetles', 'index.html', 'manifest.json']);
  });
});

describe('mistakes are named', () => {
  it('an unknown theme is an error at its line, listing the themes', async () => {
    const root = project();
    writeFileSync(join(root, 'content/audiences/public.yaml'), 'name: The public\ntheme: lectern-hs\n');
    const error = await failure(build({ root, ...MARKDOWN }));
    expect(error.location).toMatchObject({ file: join('content', 'audiences', 'public.yaml'), line: 2 });
    expect(error.message).toMatch(/theme "lectern-hs" does not exist; expected one of: default, gaia, uncover, .*lectern-public/);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });

  it('lectern new with a broken config writes nothing, and works once the config is fixed', async () => {
    const root = project();
    writeFileSync(join(root, 'lectern.config.yaml'), 'courses: [beetles\n');
    const paper = join(ROOT, 'test/fixtures/urban-foxes/paper.txt');
    const error = await failure(createCourse({ root, paper, id: 'foxes' }));
    expect(error.location).toMatchObject({ file: 'lectern.config.yaml', line: expect.any(Number) });
    expect(existsSync(join(root, 'content/foxes'))).toBe(false);
    writeFileSync(join(root, 'lectern.config.yaml'), 'courses: [beetles]\n');
    await createCourse({ root, paper, id: 'foxes' });
    expect(readFileSync(join(root, 'lectern.config.yaml'), 'utf8')).toContain('foxes');
  });
});
