import { describe, expect, it } from 'vitest';
import { condenseSentence } from '../../src/plan/condense.ts';
import { endsOpenText, isMainClause, nounPhrases, spanText, tag } from '../../src/plan/language/index.ts';

describe('condensing a sentence by whole constituents', () => {
  it('keeps a coordination whole: a list keeps its last item, and verbs keep the object they share', () => {
    const list = 'These technologies can analyze large datasets, identify novel drug targets, predict drug response, and optimize treatment regimens.';
    expect(condenseSentence(list, 12)).toBe('These technologies can analyze large datasets, identify novel drug targets, predict drug response, and optimize treatment regimens');
    const shared = 'Ongoing research and clinical trials are crucial to further develop and refine these strategies.';
    expect(condenseSentence(shared, 8)).toContain('develop and refine these strategies');
    expect(condenseSentence('Cancer cells pump drugs out and survive the treatment, which makes the tumour grow again in many patients.', 12)).toBe('Cancer cells pump drugs out and survive the treatment');
  });

  it('takes an opening phrase off only at its own comma, never at a comma inside a list', () => {
    const tail = 'Continued research, investment, and collaboration are vital to translating these emerging technologies into clinical practice and ultimately improving patient outcomes.';
    expect(condenseSentence(tail, 12)).toMatch(/^Continued research, investment, and collaboration are vital/);
    const means = 'By harnessing the power of machine learning, liquid biopsies, gene editing, and rational design of combination therapies, we can develop more precise and effective treatments.';
    expect(condenseSentence(means, 12)).toBe('We can develop more precise and effective treatments');
    expect(condenseSentence('To move towards more consistent, reproducible and standardized protocols for evaluation, we develop new guidelines for annotators.', 10)).toBe('We develop new guidelines for annotators');
    // A participle opens a phrase, not the sentence; what a finding is compared with stays.
    expect(condenseSentence('Based on these counts, we estimate that nesting success has fallen by 40% since 1990 at both colonies.', 12)).toBe('Nesting success has fallen by 40% since 1990 at both colonies');
    expect(condenseSentence('Compared with the control plots, the fertilised plots produced 30% more grain in each of the three seasons.', 12)).toMatch(/^Compared with the control plots, the fertilised plots produced 30% more grain/);
    // A comma in brackets ends nothing: the opener does not run to "(Corning," and leave "UK) and …".
    const bracketed = 'After 48 h, transfected cells were plated onto dishes coated with poly-l-lysine (Corning, UK) and currents were recorded 24 h later.';
    expect(condenseSentence(bracketed, 12)).not.toMatch(/^UK\)/);
  });

  it('keeps an opener without which the statement is not true: a condition, a scope, who found it', () => {
    // The scope: without "In the acupuncture arm" the count reads as the whole trial's.
    expect(condenseSentence('In the acupuncture arm, 266 patients received one or more treatment sessions with a mean of 8.7 sessions over the period.', 8)).toMatch(/^In the acupuncture arm, 266 patients received/);
    // Another study's method is not the paper's own.
    expect(condenseSentence('In that study, 12.2m high suction traps were deployed at four locations in the UK over a long period.', 8)).toMatch(/^In that study, /);
    // Whose finding it is.
    expect(condenseSentence('As shown by Huang et al., 2022, mask mandates reduced the number of daily cases by 23 percent in the counties that adopted them early.', 8)).toMatch(/^As shown by Huang et al\., 2022, mask mandates reduced/);
    expect(condenseSentence('According to the WHO, resistance to first-line drugs has doubled in many regions over the last decade.', 8)).toMatch(/^According to the WHO, /);
    // A condition.
    expect(condenseSentence('If the tumour recurs after therapy, patients usually receive a second line of treatment with another drug.', 8)).toMatch(/^If the tumour recurs after therapy, patients/);
    // What only sets the scene still goes, and so do two linking words in a row.
    expect(condenseSentence('In this study, we show that resistant cells divide more slowly than sensitive cells in culture over six weeks.', 10)).toMatch(/^Resistant cells divide more slowly/);
    expect(condenseSentence('In recent years, liquid biopsies have emerged as a powerful tool for monitoring resistance in patients.', 8)).toMatch(/^Liquid biopsies have emerged/);
    expect(condenseSentence('Interestingly, though, we did not find much evidence of an extreme anti-masking frame in their ads.', 10)).toMatch(/^We did not find much evidence/);
  });

  it('keeps the second complement a verb needs, and the last verb of a list of verbs', () => {
    expect(condenseSentence('The regulatory process needs to balance patient safety with timely access to innovative treatments in most countries.', 10)).toContain('balance patient safety with timely access');
    const verbs = 'By optimizing drug delivery, nanoparticle approaches aim to overcome efflux mechanisms, improve drug bioavailability, and enhance treatment efficacy.';
    expect(condenseSentence(verbs, 12)).toMatch(/, and enhance treatment efficacy$/);
    expect(condenseSentence('In the heart, fibroblast EPRS1 plays a role in the development of cardiac fibrosis under stress.', 8)).toMatch(/plays a role in the development/);
    expect(condenseSentence('Inflammation that is not resolved is a key driver in the progression of chronic diseases in adults.', 8)).toMatch(/a key driver in the progression/);
    const correlative = 'Resistant cells not only weaken the effect of current treatments but also lead to relapse and poorer outcomes in many patients.';
    expect(condenseSentence(correlative, 10)).toMatch(/but also lead to relapse/);
  });

  it('keeps a phrase that completes what comes before it: a relation, a range, a span of time', () => {
    // A relational noun says nothing without what it relates.
    expect(condenseSentence('It lies a significant distance from the pore of the channel.', 5)).toBe('It lies a significant distance from the pore of the channel');
    expect(condenseSentence('There was no difference among plant genotypes in the number of insects.', 6)).toMatch(/in the number of insects$/);
    // The two ends of a range stay together.
    expect(condenseSentence('The edges processed per second decrease from 380k for pokec to 60k for sdarc.', 6)).toMatch(/from 380k for pokec to 60k/);
    // "15 days" needs what they are counted from.
    expect(condenseSentence('Seedlings were transferred to peat pellets 15 days after germination.', 6)).toMatch(/15 days after germination$/);
    // Adjectives listed before their noun are not a phrase added after a statement.
    expect(condenseSentence('Is a scientific research paper based on public, online observational data files reproducible?', 6)).toMatch(/public, online observational data files/);
    expect(condenseSentence('The third consideration is related to the great discrepancy in the number of measures available.', 6)).toMatch(/discrepancy in the number of measures/);
    // A verb's second complement, and the qualifier a comparison rests on, stay.
    expect(condenseSentence('A study of the structural diversity of alleles could assign the alleles to three lineages.', 6)).toMatch(/assign the alleles to three lineages$/);
    expect(condenseSentence('Research findings are more likely true in scientific fields with large effects.', 6)).toMatch(/fields with large effects$/);
    expect(condenseSentence('New approaches to pest management could reduce the need for pesticides.', 5)).toMatch(/the need for pesticides$/);
    expect(condenseSentence('Patients have been concerned about an over-reliance on prescribed medications.', 5)).toMatch(/over-reliance on prescribed medications$/);
    expect(condenseSentence('Multiple imputation was used to compensate to some degree for the missing data.', 5)).toMatch(/for the missing data$/);
    // A circumstance that completes nothing still goes.
    expect(condenseSentence('266 patients received one or more treatment sessions with one of 23 acupuncturists.', 8)).toBe('266 patients received one or more treatment sessions');
  });

  it('takes the word that announces a list off with the list after a colon', () => {
    const sentence = 'Trap locations were pooled into three distinct habitat clusters, namely: heathlands, sandy grassland and a third cluster that included shrub communities.';
    expect(condenseSentence(sentence, 10)).toBe('Trap locations were pooled into three distinct habitat clusters');
  });

  it('says what follows a colon when what comes before it only announces it', () => {
    expect(condenseSentence('The results were interesting: mice harboring the S999A mutation exhibited lower body weight and a longer lifespan than WT mice.', 30)).toBe('Mice harboring the S999A mutation exhibited lower body weight and a longer lifespan than WT mice');
    expect(condenseSentence('The answer is simple: cells pump the drug out.', 30)).toBe('Cells pump the drug out');
    // A lead-in that says something stays, and what spells it out goes when the sentence is long.
    expect(condenseSentence('SQuALITY is highly abstractive: on average just 16% of bigrams in the summaries appear in the source.', 8)).toBe('SQuALITY is highly abstractive');
  });

  it('never leaves a verb group without its verb or a subject without its predicate', () => {
    const sparse = 'Conflicts of interest are very common in biomedical research, and typically they are inadequately and sparsely reported.';
    expect(condenseSentence(sparse, 12)).not.toMatch(/inadequately$/);
    const fact = 'The fact that a field is hot or has strong invested interests may sometimes promote larger studies and improved standards of research, enhancing the predictive value of its research findings.';
    expect(condenseSentence(fact, 12)).toMatch(/^The fact that a field is hot or has strong invested interests may sometimes promote/);
    expect(endsOpenText(tag('typically they are inadequately'))).toBe(true);
    const clause = (text: string) => isMainClause(tag(text), { from: 0, to: tag(text).length });
    expect(clause('The fact that a field is hot')).toBe(false);
    expect(clause('Cells that divide quickly grow into tumours')).toBe(true);
    // A tensed verb with its object after a noun is no participle of a phrase to take off.
    const trend = 'A shift could have resulted in lower biomass in the mid-season, but this does not appear to be the case as none of the seasonal distribution quantiles in biomass showed any temporal trend (Fig 3B).';
    expect(condenseSentence(trend, 12)).not.toMatch(/quantiles$/);
    // A verb in brackets is an aside's: it carries no clause, so a noun-tagged verb after it is not cut from its complement.
    const results = 'A seasonally weighted estimate (covering the period 1-April to 30-October; see methods) results in an overall 76.7% decline over a 27 year period.';
    expect(condenseSentence(results, 12) ?? '').not.toMatch(/results$/);
  });
});

describe('citation marks', () => {
  it('leave a slide without superscript citation numbers, and keep powers', () => {
    expect(condenseSentence('Phosphorylation by S6K1 required not only mTORC1 but also CDK5⁵¹.', 30)).toBe('Phosphorylation by S6K1 required not only mTORC1 but also CDK5');
    expect(condenseSentence('The phosphorylation rate of the enzyme was highest within 4 h¹⁶.', 30)).toBe('The phosphorylation rate of the enzyme was highest within 4 h');
    expect(condenseSentence('Each plot covered 20 m² of grassland and held 10⁶ cells.', 30)).toBe('Each plot covered 20 m² of grassland and held 10⁶ cells');
    expect(condenseSentence('The gene of A3AR was firstly cloned in 1991⁶.', 30)).toBe('The gene of A3AR was firstly cloned in 1991');
    // A PDF's text may lose the space after the mark: the word after it gets it back.
    expect(condenseSentence('We introduced the G203A/A326S³¹mutations into the receptor.', 30)).toBe('We introduced the G203A/A326S mutations into the receptor');
    expect(condenseSentence('Cells were seeded at 4 × 10⁴cells/well in the plates.', 30)).toBe('Cells were seeded at 4 × 10⁴ cells/well in the plates');
  });

  it('keep a share set in brackets inside the phrase it sizes, without its interval', () => {
    expect(condenseSentence('We estimate a major (up to 81.6% [79.7–83.4%]) decline in mid-summer aerial insect biomass over 27 years.', 16)).toBe('We estimate a major (up to 81.6%) decline in mid-summer aerial insect biomass over 27 years');
    // Elsewhere a bracket of numbers is an aside, and goes.
    expect(condenseSentence('The drug reduced tumour size (p < 0.05) in most patients.', 16)).toBe('The drug reduced tumour size in most patients');
  });

  it('capitalise a ligature left in by a PDF as its first letter', () => {
    expect(condenseSentence('Technically, ﬁbrosis is a condition rather than a disease.', 16)).toBe('Fibrosis is a condition rather than a disease');
  });

  it('keep a finding whose statistics in brackets outnumber its words, and leave a formula out', () => {
    const finding = 'Compared with placebo, patients given the drug had a mean reduction in pain of −1·84 points (p<0·001, 95% CI −2·60 to −1·09), a standardised effect of −0·41 (95% CI −0·62 to −0·20).';
    expect(condenseSentence(finding, 40)).toBe('Compared with placebo, patients given the drug had a mean reduction in pain of −1·84 points, a standardised effect of −0·41');
    expect(condenseSentence('Let x = 2 · y + 3 · z − 4 · w.', 40)).toBeUndefined();
  });

  it('remove a list after "including" whole, with names that carry a decimal number', () => {
    expect(condenseSentence('Key mutations, including His3.37, Ser5.42, and Ser6.52, in a unique sub-pocket of A3AR, significantly impact receptor activation.', 12)).toBe('Key mutations significantly impact receptor activation');
  });
});

describe('noun phrases', () => {
  it('take a degree adverb into the phrase, but not a relative adverb', () => {
    const text = 'These are fields where true effect sizes are small, and highly significant effects are rare.';
    const tokens = tag(text);
    const phrases = nounPhrases(tokens).map((span) => spanText(text, tokens, span));
    expect(phrases).toContain('true effect sizes');
    expect(phrases).toContain('highly significant effects');
    expect(phrases.some((p) => p.includes('where'))).toBe(false);
  });
});

describe('condensing at the edge of a sentence', () => {
  it('reads a clause set off by a comma right before the sentence ends', () => {
    for (const sentence of ['The method, which we used,', 'Results were obtained, which', 'A, which b,']) {
      expect(() => condenseSentence(sentence, 2)).not.toThrow();
    }
  });
});

describe('symbols named in a sentence', () => {
  it('leave a formula letter after a comma off the slide', () => {
    expect(condenseSentence('Conflicts of interest and prejudice may increase bias, u.', 12)).toBe('Conflicts of interest and prejudice may increase bias');
    expect(condenseSentence('The cells were grown in medium A, then moved to medium B.', 12)).toBe('The cells were grown in medium A, then moved to medium B');
  });
});
