import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusPapers } from '../../bench/ingest-score.ts';
import { DEFAULT_AUDIENCE, type Audience } from '../../src/content/audience.ts';
import { parseCourse } from '../../src/content/course.ts';
import { loadAudiences } from '../../src/content/load.ts';
import { ingestPaper } from '../../src/ingest/index.ts';
import type { Deck, Slide } from '../../src/plan/deck.ts';
import { planDecks } from '../../src/plan/index.ts';
import { condenseSentence } from '../../src/plan/condense.ts';
import { emptiesComplement, endsOpenText, isMainClause, leansBack, tag } from '../../src/plan/language/index.ts';
import { readingGrade } from '../../src/plan/plain-grade.ts';
import { lexiconFor } from '../../src/plan/plain-lexicon.ts';
import { plainStatements, withoutAsides } from '../../src/plan/plain-sentences.ts';
import { fewerSlides, withoutEmpty } from '../../src/plan/plain-slides.ts';
import { plainPoints } from '../../src/plan/plain.ts';
import { plainWords } from '../../src/plan/plain-words.ts';
import { ROOT } from '../helpers.ts';

const lexicon = lexiconFor(undefined);
const whole = (text: string) => ({ from: 0, to: tag(text).length });

describe('plain words from the lexicon', () => {
  it('replace a term where the plain words fit, keeping the sentence grammatical', () => {
    const cases: [string, string][] = [
      ['The tumour microenvironment protects cancer cells', 'The tissue around a tumour protects cancer cells'],
      ['Tumour microenvironment protects cancer cells', 'The tissue around a tumour protects cancer cells'],
      ['An efflux pump removes approximately half of the drug', 'A cell pump removes about half of the drug'],
      ['The effect was demonstrated in mice', 'The effect was shown in mice'],
      ['We demonstrated a clear effect', 'We showed a clear effect'],
      ['Novel drugs inhibit apoptosis', 'New drugs block programmed cell death'],
      ['The difference was statistically significant', 'The difference was unlikely to be due to chance'],
      // Not "not unlikely to be due to chance": the negation goes with it.
      ['The difference was not statistically significant', 'The difference was possibly due to chance'],
    ];
    for (const [text, plain] of cases) {
      expect(plainWords(text, lexicon)).toBe(plain);
      expect(isMainClause(tag(plain), whole(plain)), plain).toBe(true);
    }
  });

  it('leave a term as written where its plain words would not fit', () => {
    for (const text of [
      'Tumour microenvironment factors matter', // a noun modifying a noun
      'A statistically significant difference was seen', // a phrase before its noun
      'Cells in the primary tumour microenvironment divide', // inside a longer noun phrase
      'The observed effect was small', // a participle as an adjective
      'The drugs provided to patients', // a participle or a past tense: the tags cannot tell
      'EFFICACY was the primary end point', // capitals: a heading or emphasis
    ]) {
      expect(plainWords(text, lexicon)).toContain(text.split(' ').slice(0, 2).join(' '));
    }
    expect(plainWords('The observed effect was small', lexicon)).toBe('The observed effect was small');
  });

  it('keep the form of the word they replace: tense, participle, number and article', () => {
    expect(plainWords('The crystals were maintained at 4 °C', lexicon)).toBe('The crystals were kept at 4 °C');
    expect(plainWords('Targeted therapies exploit weak spots', lexicon)).toBe('Targeted treatments use weak spots');
    expect(plainWords('The figure illustrates the cycle', lexicon)).toBe('The figure shows the cycle');
    expect(plainWords('The cycle is illustrated below', lexicon)).toBe('The cycle is shown below');
    expect(plainWords('Drug resistance remains a significant challenge', lexicon)).toBe('Drug resistance remains a major challenge');
    expect(plainWords('We found an additional effect', lexicon)).toBe('We found an extra effect');
    expect(plainWords('This is an alternative to surgery', lexicon)).toBe('This is another option to surgery');
    expect(plainWords('Earlier studies completely overlooked this possibility', lexicon)).toBe('Earlier studies fully ignored this option');
    expect(plainWords('We employed a stable marker', lexicon)).toBe('We used a stable marker');
  });

  it('put no quantifier before a determiner without its "of", and none before "all"', () => {
    expect(plainWords('The majority of patients were women', lexicon)).toBe('Most patients were women');
    expect(plainWords('The majority of the patients were women', lexicon)).toBe('Most of the patients were women');
    expect(plainWords('A number of these studies failed', lexicon)).toBe('Several of these studies failed');
    expect(plainWords('The majority of all patients took antidepressants', lexicon)).toBe('The majority of all patients took antidepressants');
    // A preposition's "of" goes with the term it ends: "in the absence of the tag" reads "without the tag".
    expect(plainWords('No expression was found in the absence of the tag', lexicon)).toBe('No expression was found without the tag');
    expect(plainWords('In spite of the differences, both parties use the term', lexicon)).toBe('Despite the differences, both parties use the term');
  });

  it('grade a comparative only with a word that can: "greatly more severe" is no English', () => {
    expect(plainWords('Symptoms were considerably reduced', lexicon)).toBe('Symptoms were greatly reduced');
    expect(plainWords('Symptoms were considerably more severe', lexicon)).toBe('Symptoms were considerably more severe');
    expect(plainWords('Costs were relatively higher in 2020', lexicon)).toBe('Costs were relatively higher in 2020');
    expect(plainWords('We found a substantially better fit', lexicon)).toBe('We found a substantially better fit');
    expect(plainWords('LoRA was substantially faster for larger models', lexicon)).toBe('LoRA was substantially faster for larger models');
    expect(plainWords('The tumour was extremely large', lexicon)).toBe('The tumour was very large');
    expect(plainWords('Researchers have viewed highly significant effects with excitement', lexicon)).toBe('Researchers have viewed highly significant effects with excitement');
  });

  it('leave names, quotations and a rank after a word of degree as written', () => {
    // A capital inside a sentence starts a name or a title.
    expect(plainWords('Results were shown at the Association for Computational Linguistics', lexicon)).toBe('Results were shown at the Association for Computational Linguistics');
    expect(plainWords('Association with age was weak', lexicon)).toBe('Link with age was weak');
    // A quotation is the speaker's words, even when it holds a term of the lexicon.
    expect(plainWords('Authors warn of “chilling consequences for open science” in 2019', lexicon)).toBe('Authors warn of “chilling consequences for open science” in 2019');
    expect(plainWords('Patients called it "an important step" for them', lexicon)).toBe('Patients called it "an important step" for them');
    expect(plainWords('The patients’ consequences were mild', lexicon)).toBe('The patients’ effects were mild');
    // "more important" cannot become "more key"; "an important role" can become "a key role".
    expect(plainWords('Diet is more important than exercise', lexicon)).toBe('Diet is more important than exercise');
    expect(plainWords('Diet plays an important role', lexicon)).toBe('Diet plays a key role');
  });
});

describe('plain statements', () => {
  it('drop asides in brackets and citations, keeping an acronym the deck spells out', () => {
    expect(withoutAsides('Pumps (for example, P-gp) remove drugs [12, 13].')).toBe('Pumps remove drugs.');
    expect(withoutAsides('The tumour microenvironment (TME) shields cells (Smith et al., 2020).', new Set(['TME']))).toBe('The tumour microenvironment (TME) shields cells.');
  });

  it('split two main clauses, drop a leading connective or subordinate clause, and an elaboration', () => {
    expect(plainStatements('However, tumour cells can develop resistance, which limits the success of treatment.')).toEqual(['Tumour cells can develop resistance']);
    expect(plainStatements('Although targeted drugs have improved outcomes, resistance remains a major challenge.')).toEqual(['Resistance remains a major challenge']);
    // A lead the statement is not true without stays: its scope, its condition.
    expect(plainStatements('In the acupuncture arm, 266 patients received one or more treatment sessions.')).toEqual(['In the acupuncture arm, 266 patients received one or more treatment sessions']);
    expect(plainStatements('If the tumour recurs, patients receive a second drug.')).toEqual(['If the tumour recurs, patients receive a second drug']);
    expect(plainStatements('Gene changes alter drug targets, but combined treatment may overcome them.')).toEqual(['Gene changes alter drug targets', 'Combined treatment may overcome them']);
    expect(plainStatements('The liver clears the drug; the kidney clears its breakdown products.')).toEqual(['The liver clears the drug', 'The kidney clears its breakdown products']);
  });

  it('end before a pointer to another part of the paper', () => {
    expect(plainStatements('Urothelial cells were isolated and propagated as previously described [12].')).toEqual(['Urothelial cells were isolated and propagated']);
    expect(plainStatements('Diazoxide or tolbutamide were added as indicated.')).toEqual(['Diazoxide or tolbutamide were added']);
    expect(plainStatements('A NanoBiT enzyme complementation assay was used as previously described44.')).toEqual(['A NanoBiT enzyme complementation assay was used']);
    expect(plainStatements('The results were as described by the authors.')).toEqual(['The results were as described by the authors']);
  });

  it('keep a list whole and give nothing for a fragment or a table row', () => {
    expect(plainStatements('Risk factors include smoking, obesity, and age.')).toEqual(['Risk factors include smoking, obesity, and age']);
    expect(plainStatements('Even less often if the effect is small.')).toEqual([]);
    expect(plainStatements('Mean\tSE\tMean\tSE 9.8\t0.41')).toEqual([]);
    expect(plainStatements('Resistance takes two forms: intrinsic resistance, where cells resist from the start, and acquired resistance, which develops during treatment.')).toEqual(['Resistance takes two forms']);
  });
});

describe('a reported claim', () => {
  it('is never left without its verb when what follows "that" is taken off', () => {
    const sentence = 'One study revealed that a novel polyadenylation event, which introduces a stop codon, generates a short variant of the enzyme.';
    expect(plainStatements(sentence).filter((s) => /event$/.test(s))).toEqual([]);
    const which = 'Our findings indicate that an approach which combines new cells with host muscle may provide a more robust repair than grafts.';
    expect(condenseSentence(which, 6)).not.toMatch(/an approach$/);
    // "We studied the way in which voters" keeps the relative but not its verb.
    const relative = tag('We studied the way in which voters choose their candidates');
    expect(emptiesComplement(relative, relative.map((_, i) => i < 7))).toBe(true);
    expect(emptiesComplement(relative, relative.map((_, i) => i < 4))).toBe(false);
    const tokens = tag('We found that the drug works');
    expect(emptiesComplement(tokens, tokens.map((_, i) => i < 2))).toBe(false);
    expect(emptiesComplement(tokens, tokens.map((_, i) => i < 5))).toBe(true);
    expect(emptiesComplement(tokens, tokens.map(() => true))).toBe(false);
  });
});

describe('a short lead before a comma', () => {
  it('stays when it is the subject and an aside follows it', () => {
    expect(plainStatements('Online advertising, on the other hand, is often delivered to individuals based on their characteristics.')[0]).toMatch(/^Online advertising/);
    // The last item of a series its verb governs is no clause of its own, though "detected" looks like a verb.
    const series = plainStatements('Amazon’s detector can identify persons in the image, the parts of a body where protective equipment is worn, and the types of equipment detected on body parts.');
    expect(series.filter((s) => /^The types/i.test(s))).toEqual([]);
    expect(plainStatements('Resistance rose sharply in the first year, and the patients were moved to a second drug.')).toEqual(['Resistance rose sharply in the first year', 'The patients were moved to a second drug']);
    expect(plainStatements('First, the alcohol concentration in the vessels was stabilized to 80%, while this concentration was controlled with an areometer over two days.')[0]).toMatch(/to 80%$/);
    expect(plainStatements('Overall, the tumour cells grew quickly.')).toEqual(['The tumour cells grew quickly']);
  });
});

describe('a list at the start of a sentence', () => {
  it('keeps its first item: a comma between items ends no lead', () => {
    expect(plainStatements('NV, FMA and LHP designed the study.')).toEqual(['NV, FMA and LHP designed the study']);
    expect(plainStatements('BERT, RoBERTa and GPT-2 were fine-tuned on the dataset.')).toEqual(['BERT, RoBERTa and GPT-2 were fine-tuned on the dataset']);
    expect(plainStatements('Patients, doctors, and nurses completed the survey.')).toEqual(['Patients, doctors, and nurses completed the survey']);
    // A connective or a date before the list is still a lead.
    expect(plainStatements('However, BERT, RoBERTa and GPT-2 were fine-tuned on the data.')).toEqual(['BERT, RoBERTa and GPT-2 were fine-tuned on the data']);
    expect(plainStatements('In 2019, mice and rats were tested daily.')).toEqual(['Mice and rats were tested daily']);
  });

  it('takes a lead whole to its own comma, past a list inside it', () => {
    const sentence = 'To move towards more efficient, reproducible and standardized protocols for human evaluation, we develop the LONGEVAL guidelines.';
    expect(plainStatements(sentence)).toEqual(['We develop the LONGEVAL guidelines']);
    expect(plainStatements('Because the documents are long, complex and technical, annotators disagree more often.')).toEqual(['Annotators disagree more often']);
    // A lead that says what the statement holds for stays whole, its list with it.
    expect(plainStatements('For long, complex and technical documents, annotators disagree more often.')).toEqual(['For long, complex and technical documents, annotators disagree more often']);
  });
});

describe('a bracket with a letter or digit right after it', () => {
  it('is part of a term, not an aside', () => {
    expect(withoutAsides('The linker (GGGS)2 or (GGGS)3 was inserted (see Fig. 2).')).toBe('The linker (GGGS)2 or (GGGS)3 was inserted.');
    expect(withoutAsides('Rising [Ca2+]i drives release [4,5].')).toBe('Rising [Ca2+]i drives release.');
    expect(plainStatements('The flexible linker (GGGS)2 joins the two domains of the fusion protein.')).toEqual(['The flexible linker (GGGS)2 joins the two domains of the fusion protein']);
  });
});

describe('an adverb in a plain statement', () => {
  it('goes when it only links or stresses, or modifies the verb', () => {
    expect(plainStatements('Moreover, the drug lowered blood pressure in most patients.')).toEqual(['The drug lowered blood pressure in most patients']);
    expect(plainStatements('Gene expression was markedly reduced in treated cells.')).toEqual(['Gene expression was reduced in treated cells']);
    expect(plainStatements('Expression declined markedly in treated cells.')).toEqual(['Expression declined in treated cells']);
    expect(plainStatements('Antibodies have been extensively validated by the companies.')).toEqual(['Antibodies have been validated by the companies']);
  });

  it('stays where it carries the claim: before an adjective or a noun’s participle, a hedge, a trend, a test passed', () => {
    expect(plainStatements('A widely used intervention for patients with depression is counselling.')).toEqual(['A widely used intervention for patients with depression is counselling']);
    expect(plainStatements('Highly expressed genes were enriched in the liver.')).toEqual(['Highly expressed genes were enriched in the liver']);
    expect(plainStatements('Depression was significantly related to age in this group.')).toEqual(['Depression was significantly related to age in this group']);
    expect(plainStatements('The effect was significantly negative in all groups.')).toEqual(['The effect was significantly negative in all groups']);
    expect(plainStatements('The effect was especially strong in older children.')).toEqual(['The effect was especially strong in older children']);
    expect(plainStatements('Additionally, the rate was generally higher in women.')).toEqual(['The rate was generally higher in women']);
    expect(plainStatements('The drug is increasingly used in young children.')).toEqual(['The drug is increasingly used in young children']);
    expect(plainStatements('There is currently no cure for this disease.')).toEqual(['There is currently no cure for this disease']);
  });
});

describe('a sentence split inside its brackets', () => {
  it('gives no statement that leaves a bracket open', () => {
    expect(plainStatements('Domain mapping revealed that the linker region is critical for the interaction with PCBP2 (Fig.')).toEqual([]);
  });
});

describe('a statement before a semicolon', () => {
  it('ends at the semicolon when what follows it is no clause of its own', () => {
    const sentence = 'Because larvae look alike, we could not test whether mortality was equal for both species in the first instars; however, because other collections gave a 1:1 ratio, it is likely that it was.';
    expect(plainStatements(sentence)).toEqual(['We could not test whether mortality was equal for both species in the first instars']);
  });
});

describe('a list of modifiers before a noun', () => {
  it('is not cut at its commas, and a statement never ends on an article and a participle', () => {
    const sentence = 'The sheets were transplanted onto a vascularised, de-epithelialised, seromuscular colonic segment at the time of surgery.';
    for (const statement of plainStatements(sentence)) expect(statement).not.toMatch(/a vascularised$/);
    expect(plainStatements(sentence)[0]).toMatch(/^The sheets were transplanted onto a vascularised, de-epithelialised, seromuscular colonic segment/);
    expect(endsOpenText(tag('The sheets were transplanted onto a vascularised'))).toBe(true);
    expect(endsOpenText(tag('The sheets were transplanted onto a vascularised segment'))).toBe(false);
  });
});

describe('plain points', () => {
  const paragraph = [
    'The drug lowered blood pressure in most patients.',
    'Phosphorylation-dependent conformational heterogeneity complicates pharmacokinetic characterisation.',
    'Side effects were mild and rare.',
  ];

  it('leave a point that reads above grade 12 to the notes, unless the slide would show nothing', () => {
    expect(readingGrade(['Phosphorylation-dependent conformational heterogeneity complicates pharmacokinetic characterisation'])).toBeGreaterThan(12);
    expect(plainPoints(paragraph, 3, lexicon, new Set())).toEqual(['The drug lowered blood pressure in most patients', 'Side effects were mild and rare']);
    // Alone, the hard point is still the paragraph's one point; under a headline it is left out.
    expect(plainPoints([paragraph[1]!], 1, lexicon, new Set())).toHaveLength(1);
    expect(plainPoints([paragraph[1]!], 1, lexicon, new Set(), 1)).toEqual([]);
  });

  it('say a finding before the easier method around it, as a standard slide does', () => {
    // The finding reads harder and runs past ten words; the method reads easiest, yet says less.
    const sampling = [
      'Samples were stored in a cool dry room before weighing.',
      'Insect biomass fell by 76% over the 27 years of the study.',
      'The traps were emptied every week.',
    ];
    expect(plainPoints(sampling, 1, lexicon, new Set())).toEqual(['Insect biomass fell by 76% over the 27 years of the study']);
    // With no short statement that stands alone, a finding of moderate length comes before one that points back.
    const trial = [
      'These figures are cautious, as the raw data showed slightly larger effects.',
      'Compared with the control group, children given the new reading lessons gained an average of four points on the test.',
    ];
    expect(plainPoints(trial, 1, lexicon, new Set())).toEqual(['Compared with the control group, children given the new reading lessons gained an average of four points']);
  });
});

describe('short forms of plain statements', () => {
  it('say a long statement by its core claim: a circumstance or a second predicate stays in the notes', () => {
    const long = [
      'Patients in the treatment arm attended a mean of ten sessions with one of the 23 acupuncturists in the trial.',
      'Partial deletion of the channel causes increased excitability of the beta cells and leads to unregulated insulin secretion in infancy.',
    ];
    expect(plainStatements(long[0]!)[0]!.split(' ').length).toBeGreaterThan(12);
    expect(plainPoints(long, 2, lexicon, new Set())).toEqual([
      'Patients in the treatment arm attended a mean of ten sessions',
      'Partial deletion of the channel causes increased excitability of the beta cells',
    ]);
  });
});

describe('fewer slides for plain wording', () => {
  const slide = (id: string, bullets: string[], extra: Partial<Slide> = {}): Slide => ({ kind: 'content', title: id, bullets, notes: `Notes of ${id}.`, sourceLine: `Source: §1 A, ¶${id.slice(-1)}`, source: [id], ...extra });

  it('join a paragraph slide left empty to the one before, and short neighbours, keeping both notes', () => {
    const slides = [slide('a/p1', ['One point']), slide('a/p2', []), slide('a/p3', ['Two points', 'Three points']), slide('a/p4', ['Four', 'Five'])];
    const fewer = fewerSlides(slides, 3);
    expect(fewer.map((s) => s.source)).toEqual([['a/p1', 'a/p2', 'a/p3'], ['a/p4']]);
    expect(fewer[0]!.bullets).toEqual(['One point', 'Two points', 'Three points']);
    expect(fewer[0]!.notes).toBe('Notes of a/p1.\n\nNotes of a/p2.\n\nNotes of a/p3.');
    expect(fewer[0]!.sourceLine).toBe('Source: §1 A, ¶1; §1 A, ¶2; §1 A, ¶3');
  });

  it('join no more than three paragraphs, nor notes of more than a minute’s speaking', () => {
    const empty = Array.from({ length: 5 }, (_, i) => slide(`a/p${i + 1}`, i === 0 ? ['One point'] : []));
    expect(fewerSlides(empty, 3).map((s) => s.source.length)).toEqual([3, 2]);
    const long = (id: string, bullets: string[]) => slide(id, bullets, { notes: 'word '.repeat(100).trim() });
    expect(fewerSlides([long('a/p1', ['One']), long('a/p2', [])], 3).map((s) => s.source)).toEqual([['a/p1'], ['a/p2']]);
    // A scrap of a few words (a table's stray row) takes no room: it joins even a slide with a minute of notes.
    const full = slide('a/p1', ['One'], { notes: 'word '.repeat(160).trim() });
    expect(withoutEmpty([full, slide('a/p2', [], { notes: 'Edges m 31M 33M 69M' })]).map((s) => s.source)).toEqual([['a/p1', 'a/p2']]);
    // One with no prose at all (a formula) joins a slide that is full by every measure, rather than stand as a title alone.
    const three = slide('a/p1', ['One'], { notes: 'word '.repeat(200).trim(), source: ['a/p1', 'a/p2', 'a/p3'] });
    const formula = slide('a/p4', [], { notes: 'a → ^Aa a → ^Aa a a → ^a b a' });
    expect(withoutEmpty([three, formula]).map((s) => s.source)).toEqual([['a/p1', 'a/p2', 'a/p3', 'a/p4']]);
  });

  it('never join a topic’s slide, a table or slides of two sections', () => {
    const slides = [slide('a/p1', ['One']), slide('a/term', ['Two'], { kind: 'topic' }), slide('b/p1', ['Three']), slide('b/p2', [], { kind: 'table' })];
    expect(fewerSlides(slides, 3, new Set(['a/term'])).map((s) => s.source)).toEqual([['a/p1'], ['a/term'], ['b/p1'], ['b/p2']]);
  });
});

const PAPER = `Drug Pumps in Tumour Cells

Ana Author and Ben Writer

1. INTRODUCTION

Tumour cells frequently utilize efflux pumps to remove chemotherapeutic drugs, which consequently diminishes the efficacy of treatment (Smith et al., 2020). The tumour microenvironment (TME) additionally shields malignant cells from therapeutic agents [4]. Numerous investigations have demonstrated that these mechanisms operate simultaneously in patients.

2. MECHANISMS

Efflux Pumps: Cancer cells overexpress transporter proteins that eliminate cytotoxic compounds. Inhibition of these transporters has been investigated extensively in preliminary clinical studies, but the outcomes were disappointing.
`;

describe('a plain-wording deck', () => {
  const { paper } = ingestPaper(PAPER);
  const course = parseCourse('demo', '', 'course.yaml', paper);
  const audience = (wording: Audience['wording']): Audience => ({ ...DEFAULT_AUDIENCE, id: wording, wording, bulletsPerSlide: 3, spellOutAcronyms: true, slideStyle: 'assertion-evidence' });
  const plain = planDecks(paper, course, audience('plain'));
  const standard = planDecks(paper, course, audience('standard'));
  const taught = (decks: Deck[]) => decks.flatMap((d) => d.slides).filter((s) => s.notes && s.kind !== 'abstract');

  it('keeps the paper’s words in the notes of every slide', () => {
    const blocks = paper.sections.flatMap((s) => s.blocks);
    for (const slide of taught(plain)) {
      const told = slide.source.map((id) => blocks.find((b) => b.id === id)!.text).join('\n\n');
      expect(slide.notes).toBe(told);
    }
    expect(taught(plain).map((s) => s.notes).join('\n')).toBe(taught(standard).map((s) => s.notes).join('\n'));
  });

  it('says it in plainer words than the standard deck', () => {
    const text = (decks: Deck[]) => taught(decks).flatMap((s) => [s.headline ?? '', ...s.bullets]).filter(Boolean);
    expect(readingGrade(text(plain))).toBeLessThan(readingGrade(text(standard)));
    const said = text(plain).join(' ');
    for (const jargon of ['utilize', 'efficacy', 'cytotoxic', '(Smith', '[4]']) expect(said).not.toContain(jargon);
    expect(said).toContain('Tumour cells often use cell pumps to remove chemotherapy drugs');
  });
});

describe('a plain-wording slide with no short statement', () => {
  it('says the statement that reads most easily, not the one of fewest words', () => {
    const HARD = `A Study of Pumps

Ana Author

1. BACKGROUND

Heterogeneous phosphorylation of membrane glycoproteins complicates the pharmacokinetic characterisation of experimental immunotherapeutic antibody conjugates. The old pumps in the cells of the gut push most of the drug back out of the body when it is given by mouth.
`;
    const { paper } = ingestPaper(HARD);
    const audience: Audience = { ...DEFAULT_AUDIENCE, id: 'plain', wording: 'plain', bulletsPerSlide: 3 };
    const shown = planDecks(paper, parseCourse('demo', '', 'course.yaml', paper), audience)
      .flatMap((d) => d.slides)
      .filter((s) => s.kind === 'content')
      .flatMap((s) => [s.headline ?? '', ...s.bullets].filter(Boolean));
    expect(shown).toEqual(['The old pumps in the cells of the gut push most of the drug back out of the body when it is given by mouth']);
  });
});

describe('a plain-wording deck of a list', () => {
  const LIST_PAPER = `Reproducing a Sky Map

Ana Author

1. METHODS

The first steps were to read the paper again and list what it needs.

- The analysis method requires three files of sky maps. These files need to be downloaded.
- Footnote 7 indicates that the software, to be found at http://example.org/circles/, provides the code for generating the figures and tables. This software needs to be downloaded from http://example.org/circles/circles.tar.gz. The bans on some servers have presumably continued into 2020.
`;
  const { paper } = ingestPaper(LIST_PAPER);
  const course = parseCourse('demo', '', 'course.yaml', paper);
  const audience: Audience = { ...DEFAULT_AUDIENCE, id: 'plain', wording: 'plain', bulletsPerSlide: 3 };

  it('says a long item that runs over several sentences as one short plain statement, not the whole item', () => {
    expect(paper.sections[0]!.blocks.some((b) => b.kind === 'list')).toBe(true);
    const bullets = planDecks(paper, course, audience).flatMap((d) => d.slides).filter((s) => s.kind === 'content').flatMap((s) => s.bullets);
    expect(bullets).toEqual(['The analysis method needs three files of sky maps', 'The bans on some servers have probably continued into 2020']);
  });
});

describe('public decks of corpus papers', () => {
  const audiences = Object.fromEntries(loadAudiences(ROOT).map((a) => [a.id, a]));
  // Every fourth paper of the corpus, from its plain text, unedited.
  const papers = corpusPapers().filter((_, i) => i % 4 === 0);

  it('read at a lower grade than the undergraduate decks, and at grade 10 or below taken together', () => {
    const said: Record<string, string[]> = { public: [], undergraduate: [] };
    for (const corpusPaper of papers) {
      const { paper } = ingestPaper(readFileSync(corpusPaper.text, 'utf8'));
      const course = parseCourse(corpusPaper.slug, '', 'course.yaml', paper);
      const texts = (id: string) =>
        planDecks(paper, course, audiences[id]!).flatMap((d) => d.slides).filter((s) => ['content', 'topic', 'assertion'].includes(s.kind)).flatMap((s) => [s.headline ?? '', ...s.bullets]).filter(Boolean);
      const [publicTexts, undergraduateTexts] = [texts('public'), texts('undergraduate')];
      expect(readingGrade(publicTexts), corpusPaper.slug).toBeLessThan(readingGrade(undergraduateTexts));
      said.public!.push(...publicTexts);
      said.undergraduate!.push(...undergraduateTexts);
    }
    expect(readingGrade(said.public!)).toBeLessThanOrEqual(10);
  }, 120_000);

  it('show something on every slide, head none with a claim that leans on the sentence before, and break no grammar with plain words', () => {
    // What a replacement must never make: a quantifier before a determiner ("most all patients"), a
    // preposition before "of" ("without of the tag"), an adverb that cannot grade a comparative before one.
    const broken = [/\b(?:most|many|several|a few) (?:the|these|those|their|its|our|all|each|both)\b/i, /\b(?:without|despite|before|after) of\b/i, /\b(?:greatly|sharply|very|fairly) (?:more|less|fewer)\b/i];
    for (const corpusPaper of corpusPapers()) {
      const { paper } = ingestPaper(readFileSync(corpusPaper.text, 'utf8'));
      const course = parseCourse(corpusPaper.slug, '', 'course.yaml', paper);
      for (const slide of planDecks(paper, course, audiences.public!).flatMap((d) => d.slides)) {
        if (!['content', 'topic', 'assertion', 'abstract'].includes(slide.kind)) continue;
        const where = `${corpusPaper.slug}: ${slide.title}`;
        expect(slide.bullets.length + (slide.headline ? 1 : 0), where).toBeGreaterThan(0);
        if (slide.headline) expect(leansBack(tag(slide.headline)), `${where}: ${slide.headline}`).toBe(false);
        for (const text of [slide.headline ?? '', ...slide.bullets]) for (const pattern of broken) expect(text, where).not.toMatch(pattern);
      }
    }
  }, 300_000);
});
