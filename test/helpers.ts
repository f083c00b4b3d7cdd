import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLED_PAPER = join(ROOT, 'content/drug-resistance/paper.txt');

export function readBundledPaper(): string {
  return readFileSync(BUNDLED_PAPER, 'utf8');
}

export function tempDir(prefix = 'lectern-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A project folder holding one course, for tests that build from files. */
export function makeProject(courses: Record<string, { paper: string; course?: string }>): string {
  const root = tempDir();
  for (const [id, { paper, course }] of Object.entries(courses)) {
    const dir = join(root, 'content', id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'paper.txt'), paper);
    if (course !== undefined) writeFileSync(join(dir, 'course.yaml'), course);
  }
  return root;
}

/** Whitespace folded: how the paper reads once line and page breaks are gone. */
export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
