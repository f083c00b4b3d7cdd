import type { Reference } from '../content/paper.ts';
import type { Chunk } from './chunks.ts';
import { foldSpace } from './text.ts';

const NUMBERED = /^\s*(?:\[(\d+)\]|(\d+)[.)])\s+(.*)$/;

/**
 * Reads a reference list: one reference per numbered line (`1. …`, `[1] …`), continuation lines
 * joined to the reference they continue. A page break can leave a stray "- " at the start of a
 * continuation; it is dropped. Emphasis markers (`*Nature*`) are removed.
 */
export function readReferences(chunks: Chunk[]): Reference[] {
  const references: Reference[] = [];
  for (const chunk of chunks) {
    for (const line of chunk.lines) {
      const match = NUMBERED.exec(line.text);
      if (match) {
        references.push({ n: Number(match[1] ?? match[2]), text: match[3]! });
      } else if (references.length > 0) {
        const last = references[references.length - 1]!;
        last.text = `${last.text} ${line.text.trim().replace(/^[-–•]\s+/, '')}`;
      } else {
        references.push({ text: line.text.trim().replace(/^[-–•]\s+/, '') });
      }
    }
  }
  return references.map((reference) => ({ ...reference, text: cleanReference(reference.text) }));
}

function cleanReference(text: string): string {
  return foldSpace(text.replace(/\*+([^*]+?)\*+/g, '$1'));
}
