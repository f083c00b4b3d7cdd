import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rebuildScope, viewedScope } from '../../src/dev/changes.ts';
import { servedPath } from '../../src/dev/served-path.ts';
import { tempDir } from '../helpers.ts';

describe('servedPath', () => {
  const outside = tempDir();
  writeFileSync(join(outside, 'secret.txt'), 'secret');
  const folder = tempDir();
  mkdirSync(join(folder, 'c/a'), { recursive: true });
  writeFileSync(join(folder, 'index.html'), 'course page');
  writeFileSync(join(folder, 'c/a/01 intro.html'), 'deck');
  writeFileSync(join(folder, '.lectern-cache.json'), '{}');
  writeFileSync(join(folder, '.lectern-plans.json'), '{}');
  symlinkSync(outside, join(folder, 'elsewhere'));
  symlinkSync(join(folder, 'c'), join(folder, 'inside'));

  it('serves files inside the folder, decoded, and a folder’s index.html', () => {
    expect(servedPath(folder, '/')).toEqual({ file: join(folder, 'index.html') });
    expect(servedPath(folder, '/c/a/01%20intro.html?reload=1')).toEqual({ file: join(folder, 'c/a/01 intro.html') });
    expect(servedPath(folder, '/inside/a/01%20intro.html')).toEqual({ file: join(folder, 'c/a/01 intro.html') });
  });

  it('refuses .., encoded or not, backslashes, hidden files and symlinks that lead outside', () => {
    for (const target of ['/../secret.txt', '/c/../../x', '/%2e%2e/x', '/%2E%2E%2Fx', '/c%2f..%2f..%2fx', '/.lectern-cache.json', '/.lectern-plans.json', '/.staging-x/a', '/elsewhere/secret.txt', '/a\\..\\x', '/a%00b']) {
      const served = servedPath(folder, target);
      expect(served, target).not.toHaveProperty('file');
      expect([400, 403], target).toContain((served as { status: number }).status);
    }
    expect(servedPath(folder, '/%zz')).toMatchObject({ status: 400 });
    expect(servedPath(folder, '/missing.html')).toMatchObject({ status: 404 });
  });
});

describe('rebuildScope', () => {
  const root = '/p';
  it('narrows to the courses or audiences whose files changed, and otherwise rebuilds everything', () => {
    expect(rebuildScope(root, ['/p/content/demo/course.yaml', '/p/content/demo/paper.txt'])).toEqual({ courses: ['demo'] });
    expect(rebuildScope(root, ['/p/content/audiences/public.yaml'])).toEqual({ audiences: ['public'] });
    expect(rebuildScope(root, ['/p/content/demo/course.yaml', '/p/content/audiences/public.yaml'])).toEqual({});
    expect(rebuildScope(root, ['/p/templates/themes/lectern.css'])).toEqual({});
    expect(rebuildScope(root, ['/p/lectern.config.yaml'])).toEqual({});
    expect(rebuildScope(root, ['/p/content/audiences/logo.svg'])).toEqual({});
  });
});

describe('viewedScope', () => {
  const pages = ['index.html', 'demo/public/01-intro.html', 'demo/public/02-methods.html', 'other/clinician/00-overview.html'];
  it('builds first the courses and audiences of the open pages that a change concerns', () => {
    expect(viewedScope({ courses: ['demo'] }, pages)).toEqual({ courses: ['demo'], audiences: ['public'] });
    expect(viewedScope({}, pages)).toEqual({ courses: ['demo', 'other'], audiences: ['clinician', 'public'] });
    expect(viewedScope({ audiences: ['clinician'] }, pages)).toEqual({ courses: ['other'], audiences: ['clinician'] });
  });

  it('builds once when no open page is concerned, or the open pages are all the change concerns', () => {
    expect(viewedScope({ courses: ['third'] }, pages)).toBeUndefined();
    expect(viewedScope({}, ['index.html', ''])).toBeUndefined();
    expect(viewedScope({ courses: ['demo'], audiences: ['public'] }, pages)).toBeUndefined();
  });
});
