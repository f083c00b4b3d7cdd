import { describe, expect, it } from 'vitest';
import { citationCounts, referenceSlides } from '../../src/plan/references.ts';

const references = Array.from({ length: 20 }, (_, i) => ({ n: i + 1, text: `Author ${i + 1}. Title ${i + 1}. Journal. 2020.` }));

describe('reference slides', () => {
  it('show a short list whole, three a slide', () => {
    const slides = referenceSlides(references.slice(0, 7), '');
    expect(slides.map((s) => s.title)).toEqual(['References (1 of 3)', 'References (2 of 3)', 'References (3 of 3)']);
    expect(slides.flatMap((s) => s.bullets)).toHaveLength(7);
  });

  it('show the most cited of a long list on three slides, the whole list in the notes', () => {
    const text = 'A [20]. B [20]. C [18, 19]. D [17–19]. E [2]. F⁴ and G⁴⁻⁶. H [11]. I [11].';
    const slides = referenceSlides(references, text);
    expect(slides).toHaveLength(3);
    expect(slides[0]!.title).toBe('Key references (1 of 3)');
    const shown = slides.flatMap((s) => s.bullets).map((b) => Number(/^\[(\d+)\]/.exec(b)![1]));
    expect(shown).toEqual([2, 4, 5, 6, 11, 17, 18, 19, 20]);
    for (const r of references) expect(slides[0]!.notes).toContain(`[${r.n}] ${r.text}`);
  });

  it('count bracketed and superscript citations, ranges included', () => {
    const counts = citationCounts('as shown [3–5, 9] and [12]; CDK5⁵¹ and cells¹²⁻¹⁴.');
    expect([...counts.entries()].sort((a, b) => a[0] - b[0])).toEqual([[3, 1], [4, 1], [5, 1], [9, 1], [12, 2], [13, 1], [14, 1], [51, 1]]);
  });
});
