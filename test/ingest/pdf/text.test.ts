// How a PDF's lines join into a paragraph's text: a hyphen at a line's end is the paper's own or
// a typesetter's break, decided by the words the paper writes elsewhere.
import { describe, expect, it } from 'vitest';
import { joinLines } from '../../../src/ingest/pdf/text.ts';

const words = (...list: string[]) => new Set(list);

describe('a hyphen at a line end', () => {
  it('is dropped when the paper writes the word whole elsewhere, whatever the case of its second part', () => {
    expect(joinLines(['We use the QUAL-', 'ITYSET corpus.'], words('qualityset', 'we', 'use'))).toBe('We use the QUALITYSET corpus.');
    expect(joinLines(['a thera-', 'peutic dose'], words('therapeutic'))).toBe('a therapeutic dose');
  });

  it('is dropped after a prefix when what follows is no word the paper writes', () => {
    expect(joinLines(['Inter-', 'estingly, both agree.'], words('both', 'agree'))).toBe('Interestingly, both agree.');
    expect(joinLines(['was pre-', 'sented here'], words('here'))).toBe('was presented here');
  });

  it('is kept when the paper writes the hyphenated word, after a prefix before a word, after one letter, and before a capital', () => {
    expect(joinLines(['a non-', 'invasive test'], words())).toBe('a non-invasive test');
    expect(joinLines(['a multi-', 'task model'], words('task'))).toBe('a multi-task model');
    expect(joinLines(['the state-', 'space model'], words('state-space'))).toBe('the state-space model');
    expect(joinLines(['BigBird-', 'PEGASUS large'], words('bigbird', 'pegasus'))).toBe('BigBird-PEGASUS large');
    expect(joinLines(['the glutathione-S-', 'transferase-like domain'], words('domain'))).toBe('the glutathione-S-transferase-like domain');
  });
});
