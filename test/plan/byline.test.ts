import { describe, expect, it } from 'vitest';
import type { Paper } from '../../src/content/paper.ts';
import { titleByline } from '../../src/plan/byline.ts';

const paper = (affiliations: string[]) => ({ authors: [{ name: 'A. Author' }, { name: 'B. Author' }], affiliations }) as unknown as Paper;

describe('a title slide’s byline', () => {
  it('names the authors, then their first three institutions, told apart, without notes on the authors', () => {
    const runTogether = 'State Key Laboratory of Drug Research, Shanghai, China. University of Chinese Academy of Sciences, Beijing, China. Lingang Laboratory, Shanghai, China. School of Life Science, ShanghaiTech University, Shanghai, China. These authors contributed equally: A. Author, B. Author. e-mail: a@example.org';
    expect(titleByline(paper([runTogether]))).toEqual(['A. Author, B. Author', 'State Key Laboratory of Drug Research, Shanghai, China', 'University of Chinese Academy of Sciences, Beijing, China', 'Lingang Laboratory, Shanghai, China']);
  });

  it('tells numbered institutions apart by their markers, not by a street number or "Co."', () => {
    const numbered = 'TUM, Boltzmannstr. 3, 85748 Garching, Germany 2 TUM Graduate School, Garching, Germany 3 AbbVie Deutschland GmbH & Co. KG, Ludwigshafen, Germany';
    expect(titleByline(paper([numbered])).slice(1)).toEqual(['TUM, Boltzmannstr. 3, 85748 Garching, Germany', 'TUM Graduate School, Garching, Germany', 'AbbVie Deutschland GmbH & Co. KG, Ludwigshafen, Germany']);
    expect(titleByline(paper(['University of Ottawa, 10 Marie-Curie, Ottawa, Canada'])).slice(1)).toEqual(['University of Ottawa, 10 Marie-Curie, Ottawa, Canada']);
  });
});
