import { describe, expect, it } from 'vitest';
import { abstractBullets, abstractParts, abstractProse } from '../../src/plan/abstract.ts';
import { bulletsFrom } from '../../src/plan/bullets.ts';

const structured = [
  'Background: Depression is a common cause of illness in primary care. Many patients ask their doctors about therapies without drugs. The aim of this study was to compare acupuncture and counselling with usual care.',
  'Methods and Findings: We randomised 755 patients with depression to three arms in 27 practices. Patients attended a mean of ten sessions of acupuncture. Both therapies reduced depression scores at three months compared with usual care.',
  'Nine patients withdrew from the trial because they moved away from the area.',
  'Conclusions: Both therapies were associated with lower depression scores at three months in primary care.',
  'Trial Registration: Controlled-Trials.com ISRCTN63787732',
].join('\n\n');

describe('the overview’s points from the abstract', () => {
  it('reads a structured abstract’s labelled parts, a part running over paragraphs', () => {
    const parts = abstractParts(structured);
    expect(parts.map((p) => p.label)).toEqual(['Background', 'Methods and Findings', 'Conclusions', 'Trial Registration']);
    expect(parts[1]!.text).toMatch(/moved away from the area\.$/);
    expect(abstractParts('Depression is common. Acupuncture may help.')).toEqual([]);
  });

  it('state what was asked, what was found and what it concludes, never a registration', () => {
    const bullets = abstractBullets(structured, 4);
    expect(bullets.length).toBeGreaterThanOrEqual(3);
    expect(bullets[0]).toMatch(/^(?:Depression|Many patients|The aim)/);
    expect(bullets.at(-1)).toBe('Both therapies were associated with lower depression scores at three months in primary care');
    expect(bullets.some((b) => /Background|Conclusions|ISRCTN/.test(b))).toBe(false);
    // An abstract in one piece gives its most central sentences, as any paragraph does.
    const plain = 'Depression is a common cause of illness in primary care. Acupuncture and counselling both reduced depression at three months.';
    expect(abstractBullets(plain, 3)).toEqual(bulletsFrom(plain, 3));
  });

  it('give a plain overview the conclusion first and no labels', () => {
    const prose = abstractProse(structured);
    expect(prose).toMatch(/^Both therapies were associated with lower depression/);
    expect(prose).not.toMatch(/Background:|Conclusions:|ISRCTN/);
  });
});
