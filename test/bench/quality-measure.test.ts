import { describe, expect, it } from 'vitest';
import { contentBullets, readSlides } from '../../bench/quality-measure.ts';

describe('bench:quality reads what a slide shows', () => {
  it('reads an acronym marked up for assistive technology as the acronym alone', () => {
    const md = [
      '<!-- _class: content -->',
      '',
      '# Resistance',
      '',
      '- <abbr title="multidrug resistance">MDR</abbr> limits <abbr title="chemotherapy">chemo</abbr> use',
      '',
    ].join('\n');
    const slides = readSlides(md);
    expect(contentBullets(slides)).toEqual(['MDR limits chemo use']);
  });

  it('keeps the words of emphasis and line breaks', () => {
    const md = ['<!-- _class: content -->', '', '# T', '', '- Cells *divide*', '  quickly', ''].join('\n');
    expect(contentBullets(readSlides(md))).toEqual(['Cells divide quickly']);
  });
});
