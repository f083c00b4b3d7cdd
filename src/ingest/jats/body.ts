import type { FoundBlock, FoundSection } from '../assemble.ts';
import { isBackMatter } from '../headings.ts';
import type { FlowContext } from './context.ts';
import { flowBlocks, isBackMatterSection, labelledBackMatter } from './flow.ts';
import { isSupplementary, titleOf } from './titles.ts';
import { inlineText } from './text.ts';
import { child, descendants, elements, type XmlElement } from './xml.ts';

const INTRODUCTION = 'Introduction';

/**
 * The body's sections. A top-level `<sec>` is a section (its title without `<label>` or number);
 * a second-level `<sec>` is a subsection, read as a group whose term is its title; an untitled
 * `<sec>` between a section and its subsections is looked through; deeper sections fold into
 * their subsection (see `withLead`). Text before the first section, or in an untitled first
 * section, opens an "Introduction" — the paper's own Introduction when it follows. Supplementary
 * and back-matter sections are listed as dropped; `display-objects` sections hold floats.
 */
export function readBody(body: XmlElement, context: FlowContext): FoundSection[] {
  const sections: FoundSection[] = [];
  let opening: FoundSection | undefined;
  const current = () => sections[sections.length - 1] ?? (opening ??= { title: INTRODUCTION, groups: [{ blocks: [] }] });

  const back = labelledBackMatter(body.children);
  for (const node of body.children) {
    if (typeof node !== 'string' && back.has(node)) {
      context.drop(node, 'back matter');
      continue;
    }
    if (typeof node === 'string' || node.local !== 'sec') {
      addBlocks(current(), flowBlocks([node], context, body));
      continue;
    }
    const title = titleOf(node);
    if (isSupplementary(node) || (title && isBackMatter(title))) {
      context.drop(node, 'back matter');
      continue;
    }
    if (node.attrs['sec-type'] === 'display-objects') continue;
    if (!title) {
      // NOTE: an untitled section continues what comes before it, or opens the paper.
      fillSection(current(), node, context);
      continue;
    }
    const section: FoundSection = { title, groups: [{ blocks: [] }] };
    fillSection(section, node, context);
    // NOTE: a body section that only holds the reference list ("References") is no section to teach.
    if (hasBlocks(section) || descendants(node, 'ref-list').length === 0) sections.push(section);
  }
  if (opening && hasBlocks(opening)) {
    const first = sections[0];
    if (first && first.title.toLowerCase() === INTRODUCTION.toLowerCase()) first.groups[0]!.blocks.unshift(...opening.groups.flatMap((g) => g.blocks));
    else sections.unshift(opening);
  }
  return sections;
}

/**
 * The appendices in `<back>` (each `<app>`, in an `<app-group>` or not): sections of their own,
 * marked appendix, titled by their `<title>` or `<label>`; read as a body section is.
 */
export function readAppendices(back: XmlElement, context: FlowContext): FoundSection[] {
  const apps = elements(back).flatMap((part) => (part.local === 'app' ? [part] : part.local === 'app-group' ? elements(part, 'app') : []));
  return apps.flatMap((app) => {
    const label = child(app, 'label');
    const section: FoundSection = { title: titleOf(app) || (label ? inlineText(label).trim() : '') || 'Appendix', appendix: true, groups: [{ blocks: [] }] };
    fillSection(section, app, context);
    return hasBlocks(section) ? [section] : [];
  });
}

/** A section's content: its own blocks, then each subsection as a group; untitled wrappers looked through. */
function fillSection(section: FoundSection, sec: XmlElement, context: FlowContext): void {
  const back = labelledBackMatter(sec.children);
  for (const node of sec.children) {
    if (typeof node !== 'string' && back.has(node)) {
      context.drop(node, 'back matter');
      continue;
    }
    if (typeof node === 'string' || node.local !== 'sec') {
      addBlocks(section, flowBlocks([node], context, sec));
      continue;
    }
    if (isBackMatterSection(node)) {
      context.drop(node, 'back matter');
      continue;
    }
    const title = titleOf(node);
    if (!title) {
      fillSection(section, node, context);
      continue;
    }
    // NOTE: flow reading folds the subsection's own sections in, each led by its title.
    section.groups.push({ term: title, blocks: flowBlocks(node.children, context, node) });
  }
}

function addBlocks(section: FoundSection, blocks: FoundBlock[]): void {
  section.groups[section.groups.length - 1]!.blocks.push(...blocks);
}

function hasBlocks(section: FoundSection): boolean {
  return section.groups.some((g) => g.blocks.length > 0 || g.term !== undefined);
}

/** The `display-objects` sections of a body: floats kept apart from the text, like `<floats-group>`. */
export function displayObjects(body: XmlElement): XmlElement[] {
  return elements(body, 'sec').filter((sec) => sec.attrs['sec-type'] === 'display-objects');
}
