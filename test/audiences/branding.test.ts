import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.ts';
import { createCourse } from '../../src/content/scaffold.ts';
import { makeProject, ROOT, tempDir } from '../helpers.ts';

const PAPER = join(ROOT, 'test/fixtures/alpine-beetles/paper.txt');

/** Every built deck's front matter, by its path in the output. */
function frontMatters(outDir: string, course: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const audience of readdirSync(join(outDir, course))) {
    for (const name of readdirSync(join(outDir, course, audience)).filter((file) => file.endsWith('.md'))) {
      found[`${audience}/${name}`] = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(join(outDir, course, audience, name), 'utf8'))![1]!;
    }
  }
  return found;
}

describe('branding belongs to the course', () => {
  it("a course started with lectern new carries none of the bundled course's branding", async () => {
    const root = makeProject({});
    cpSync(join(ROOT, 'content/audiences'), join(root, 'content/audiences'), { recursive: true });
    await createCourse({ root, paper: PAPER, id: 'beetles' });
    const result = await build({ root, formats: [] });
    const title = result.manifest.courses[0]!.title;
    const matters = Object.values(frontMatters(result.outDir, 'beetles'));
    expect(matters.length).toBeGreaterThan(10);
    for (const matter of matters) {
      expect(matter).not.toMatch(/Fulehra|drug resistance|Drug resistance/);
      expect(matter).toContain('header: ""');
      expect(matter).toContain(`footer: ${JSON.stringify(title)}`);
    }
  });

  it("the bundled course's institution and footer are on every audience's slides", async () => {
    const result = await build({ root: ROOT, outDir: tempDir(), formats: [] });
    const matters = frontMatters(result.outDir, 'drug-resistance');
    expect(Object.keys(matters).map((path) => path.split('/')[0])).toEqual(expect.arrayContaining(['clinician', 'public', 'undergraduate']));
    for (const matter of Object.values(matters)) {
      expect(matter).toContain('header: "Smt. Fulehra Smarak College of Pharmacy"');
      expect(matter).toContain('footer: "Understanding drug resistance in cancer"');
    }
  }, 120_000);

  it("a course's institution, footer and logo win over the audience profile's", async () => {
    const root = makeProject({ beetles: { paper: readFileSync(PAPER, 'utf8'), course: 'institution: Course College\nfooter: Course footer\nlogo: crest.png\n' } });
    cpSync(join(ROOT, 'content/audiences/undergraduate-logo.svg'), join(root, 'content/audiences/logo.svg'));
    writeFileSync(join(root, 'content/beetles/crest.png'), 'not really a PNG');
    writeFileSync(join(root, 'content/audiences/uni.yaml'), 'name: Uni\ninstitution: Audience College\nfooter: Audience footer\nlogo: logo.svg\n');
    const result = await build({ root, formats: [] });
    expect(result.outputs).toContain('beetles/uni/logo.png');
    expect(readFileSync(join(result.outDir, 'beetles/uni/logo.png'), 'utf8')).toBe('not really a PNG');
    for (const matter of Object.values(frontMatters(result.outDir, 'beetles'))) {
      expect(matter).toContain('header: "Course College"');
      expect(matter).toContain('footer: "Course footer"');
    }
  });
});
