import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import type { BrowserSession } from '../export/browser.ts';
import { SLIDE_BOX } from '../export/slides.ts';
import type { Manifest } from '../manifest.ts';

/** How much a violation keeps people out, as axe-core rates it. */
export type Impact = 'minor' | 'moderate' | 'serious' | 'critical';

/** Impacts that fail `lectern check`: what axe rates as blocking or seriously hindering use. */
export const FAILING_IMPACTS: readonly Impact[] = ['serious', 'critical'];

/**
 * The rules checked: WCAG 2.0, 2.1 and 2.2 at levels A and AA, the level most accessibility laws
 * and university policies ask for. axe's best practices are left out: they are advice beyond
 * WCAG, and some (every element inside a landmark) do not apply to a slide.
 */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One axe-core violation on one page: which deck (or the course page), which slide, which rule. */
export interface AccessibilityFinding {
  /** The HTML file, relative to the output folder. */
  file: string;
  course?: string;
  audience?: string;
  /** The deck's id, e.g. "02-mechanisms"; absent for the course page. */
  deck?: string;
  /** 1-based slide number; absent for what is around the slides (the page's title, language, controls). */
  slide?: number;
  title?: string;
  /** axe-core's rule id, e.g. "color-contrast", and what it asks for. */
  rule: string;
  impact: Impact;
  help: string;
  helpUrl: string;
  /** CSS selectors of the elements that break the rule, and axe's account of the first. */
  targets: string[];
  summary: string;
}

/** A page to check: a deck's HTML, or the course page. */
interface AuditTarget {
  file: string;
  course?: string;
  audience?: string;
  deck?: string;
  slideTitles?: string[];
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/** Every HTML deck the manifest lists, and the course page. */
export function auditTargets(manifest: Manifest): AuditTarget[] {
  const decks = manifest.courses.flatMap((course) =>
    course.audiences.flatMap((audience) =>
      audience.decks
        .filter((deck) => deck.files.html)
        .map((deck) => ({ file: deck.files.html!, course: course.id, audience: audience.id, deck: deck.id, slideTitles: deck.slides.map((s) => s.headline ?? s.title) })),
    ),
  );
  return [...decks, { file: 'index.html' }];
}

/**
 * Runs axe-core in the build's Chromium on every page: once over what surrounds the slides, then
 * on each slide as the presenter shows it (Marp's HTML shows one slide at a time, and axe checks
 * only what is shown, so every slide is brought up in turn).
 */
export async function auditAccessibility(browser: BrowserSession, outDir: string, targets: readonly AuditTarget[]): Promise<AccessibilityFinding[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Each page's findings in its own slot: they are reported in the targets' order, whichever browser page finished first.
  const found = new Map<AuditTarget, AccessibilityFinding[]>();
  await browser.eachOnPages(targets, async (page, target) => {
    await page.setViewport(SLIDE_BOX);
    found.set(target, await auditPage(page, outDir, target));
  });
  return targets.flatMap((target) => found.get(target) ?? []);
}

async function auditPage(page: Page, outDir: string, target: AuditTarget): Promise<AccessibilityFinding[]> {
  await page.goto(pathToFileURL(join(outDir, target.file)).href, { waitUntil: 'load' });
  await page.evaluate(axeSource!);
  await page.evaluate('document.fonts.ready');
  const slides = (await page.evaluate(`document.querySelectorAll('svg.bespoke-marp-slide').length`)) as number;
  const findings = toFindings(await runAxe(page, slides ? `{ exclude: [['svg.bespoke-marp-slide']] }` : 'document'), target);
  for (let slide = 1; slide <= slides; slide++) {
    // Marp's presenter shows the slide a URL's hash names; wait until it is the active one.
    await page.evaluate(`location.hash = '#${slide}'`);
    await page.waitForFunction(`document.querySelector('svg.bespoke-marp-slide.bespoke-marp-active section[id="${slide}"]') !== null`, { timeout: 10_000 });
    findings.push(...toFindings(await runAxe(page, `{ include: [['svg.bespoke-marp-slide.bespoke-marp-active']] }`), target, slide));
  }
  return findings;
}

interface AxeViolation {
  id: string;
  impact: Impact | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

async function runAxe(page: Page, context: string): Promise<AxeViolation[]> {
  const options = JSON.stringify({ runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] });
  const result = (await page.evaluate(`axe.run(${context}, ${options})`)) as { violations: AxeViolation[] };
  return result.violations;
}

function toFindings(violations: AxeViolation[], target: AuditTarget, slide?: number): AccessibilityFinding[] {
  return violations.map((v) => ({
    file: target.file,
    ...(target.course ? { course: target.course, audience: target.audience!, deck: target.deck! } : {}),
    ...(slide ? { slide, ...(target.slideTitles?.[slide - 1] ? { title: target.slideTitles[slide - 1] } : {}) } : {}),
    rule: v.id,
    impact: v.impact ?? 'minor',
    help: v.help,
    helpUrl: v.helpUrl,
    targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    summary: (v.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
  }));
}

export function isFailing(finding: AccessibilityFinding): boolean {
  return FAILING_IMPACTS.includes(finding.impact);
}
