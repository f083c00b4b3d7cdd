import { describe, expect, it } from 'vitest';
import { authorYearCitations, citationCounts, referenceSlides } from '../../src/plan/references.ts';

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

  it('count citations by first author and year, however the reference list writes names', () => {
    const text = 'Mandates cut cases (Huang et al., 2022; Barry and Li 2021). As Huang et al. (2022) show, and Akoury et al. (2020) found, Smith (2019) agrees. Huang (2023) did not.';
    const count = (reference: string) => authorYearCitations({ text: reference }, text);
    expect(count('Huang, X., Li, Y., & Chen, Z. (2022). Masks and cases. Science.')).toBe(2);
    expect(count('Barry, C. L., & Li, H. (2021). Public opinion.')).toBe(1);
    expect(count('Nader Akoury, Shufan Wang, and Mohit Iyyer. 2020. STORIUM: A dataset.')).toBe(1);
    expect(count('Smith J, Jones K. Agreement. Lancet. 2019;3:1–2.')).toBe(1);
    expect(count('Huang, X. (2021). Another year.')).toBe(0);
  });

  it('show an author–year paper’s most cited references', () => {
    const named = Array.from({ length: 12 }, (_, i) => ({ text: `Author${String.fromCharCode(65 + i)}, A. (2020). Title ${i}.` }));
    const slides = referenceSlides(named, 'AuthorL (2020) and AuthorK (2020) and AuthorK, 2020.');
    const shown = slides.flatMap((s) => s.bullets);
    expect(shown).toHaveLength(9);
    expect(shown).toContain(named[10]!.text);
    expect(shown).toContain(named[11]!.text);
  });
});
