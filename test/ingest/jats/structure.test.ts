import { describe, expect, it } from 'vitest';
import type { Block, Paper } from '../../../src/content/paper.ts';
import type { Diagnostic } from '../../../src/errors.ts';
import { readJats } from '../../../src/ingest/jats/index.ts';

/** A synthetic article: its front, body and back as given. */
function article({ front = '', body = '', back = '', after = '' }: { front?: string; body?: string; back?: string; after?: string }): string {
  return `<?xml version="1.0"?>
<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.2 20190208//EN" "JATS-archivearticle1.dtd">
<article xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:mml="http://www.w3.org/1998/Math/MathML" xml:lang="en">
<front><article-meta>${front}</article-meta></front>
<body>${body}</body>
<back>${back}</back>${after}
</article>`;
}

async function read(xml: string): Promise<{ paper: Paper; text: string; diagnostics: Diagnostic[] }> {
  return readJats(new TextEncoder().encode(xml), { file: 'test.xml' });
}

function blocks(paper: Paper): Block[] {
  return paper.sections.flatMap((s) => s.blocks);
}

describe('JATS front matter', () => {
  const front = `
    <title-group><article-title>Slow <italic>Daphnia</italic> growth<xref ref-type="fn" rid="fn1">*</xref> in cold lakes</article-title>
      <subtitle>a field study</subtitle><trans-title-group xml:lang="de"><trans-title>Langsames Wachstum</trans-title></trans-title-group></title-group>
    <contrib-group>
      <contrib contrib-type="author"><name><surname>Okafor</surname><given-names>Ada N.</given-names></name><xref ref-type="aff" rid="a1"/></contrib>
      <contrib><string-name>Lin Wei</string-name><xref ref-type="aff" rid="a2"/></contrib>
      <contrib contrib-type="author"><collab>The Lake Consortium<contrib-group><contrib><name><surname>Member</surname><given-names>M</given-names></name></contrib></contrib-group></collab></contrib>
      <contrib contrib-type="editor"><name><surname>Editor</surname><given-names>Ed</given-names></name><xref ref-type="aff" rid="a3"/></contrib>
    </contrib-group>
    <aff id="a1"><label>1</label><institution content-type="dept">Department of Limnology</institution><institution>North University</institution><addr-line><named-content content-type="city">Tromsø</named-content></addr-line><country>Norway</country></aff>
    <aff id="a2"><label>2</label>Lake Institute, Lakeside, Canada <email>lin@example.org</email></aff>
    <aff id="a3">Editorial Office, Elsewhere</aff>
    <abstract abstract-type="toc"><p>A teaser for the table of contents.</p></abstract>
    <abstract><sec><title>Background</title><p>Lakes are cold.</p></sec><sec><title>Results:</title><p>Growth slows.</p><p>Twice as slow.</p></sec></abstract>
    <abstract abstract-type="executive-summary"><title>Digest</title><p>A summary for everyone.</p></abstract>
    <trans-abstract xml:lang="de"><p>Seen sind kalt.</p></trans-abstract>
    <kwd-group xml:lang="en"><kwd>zooplankton</kwd><kwd><italic>Daphnia</italic></kwd></kwd-group>
    <kwd-group xml:lang="de"><kwd>Zooplankton</kwd></kwd-group>
    <kwd-group kwd-group-type="research-organism"><kwd>Other</kwd></kwd-group>`;

  it('reads title, byline, affiliations, the main abstract and keywords', async () => {
    const { paper } = await read(article({ front, body: '<sec><title>Methods</title><p>We sampled.</p></sec>' }));
    expect(paper.title).toBe('Slow Daphnia growth in cold lakes');
    expect(paper.authors.map((a) => a.name)).toEqual(['Ada N. Okafor', 'Lin Wei', 'The Lake Consortium']);
    expect(paper.affiliations).toEqual(['Department of Limnology, North University, Tromsø, Norway', 'Lake Institute, Lakeside, Canada']);
    expect(paper.abstract).toBe('Background: Lakes are cold.\n\nResults: Growth slows.\n\nTwice as slow.');
    expect(paper.keywords).toEqual(['zooplankton', 'Daphnia']);
  });

  it('lists other abstracts, translations and the subtitle as dropped front matter', async () => {
    const { paper } = await read(article({ front }));
    const dropped = paper.dropped.filter((d) => d.reason === 'front matter').map((d) => d.text);
    expect(dropped).toEqual(expect.arrayContaining(['a field study', 'Langsames Wachstum', 'A teaser for the table of contents.', 'Digest', 'A summary for everyone.', 'Seen sind kalt.', 'Zooplankton', 'Other']));
    expect(paper.dropped.find((d) => d.text === 'Seen sind kalt.')!.source.path).toBe('/article/front/article-meta/trans-abstract/p');
  });
});

describe('JATS body', () => {
  it('opens with an Introduction for text before the first section and looks through an untitled wrapper', async () => {
    const { paper } = await read(
      article({
        body: `<p>Opening words of the paper.</p>
        <sec><title>2. Review</title><p>Review text.</p>
          <sec><p>Wrapper text.</p>
            <sec><label>2.1</label><title>First tool</title><p>Tool one.</p></sec>
            <sec><title>Second tool</title><p>Tool two.</p></sec>
          </sec>
        </sec>`,
      }),
    );
    expect(paper.sections.map((s) => s.title)).toEqual(['Introduction', 'Review']);
    const review = paper.sections[1]!.blocks;
    expect(review.map((b) => [b.kind, b.term, b.text])).toEqual([
      ['paragraph', undefined, 'Review text.'],
      ['paragraph', undefined, 'Wrapper text.'],
      ['topic', 'First tool', 'Tool one.'],
      ['topic', 'Second tool', 'Tool two.'],
    ]);
    expect(review[2]!.source.path).toBe('/article/body/sec/sec/sec[1]/p');
  });

  it('puts an untitled first section before the paper\'s own Introduction into it', async () => {
    const { paper } = await read(article({ body: '<sec><disp-quote><p>“A quotation.” – Someone</p></disp-quote></sec><sec><title>Introduction</title><p>We begin.</p></sec>' }));
    expect(paper.sections.map((s) => s.title)).toEqual(['Introduction']);
    expect(paper.sections[0]!.blocks.map((b) => b.text)).toEqual(['“A quotation.” – Someone', 'We begin.']);
  });

  it('folds third-level sections into their subsection, each led by its title', async () => {
    const { paper } = await read(
      article({
        body: `<sec><title>Methods</title><sec><title>Sampling</title>
          <sec><title>Field work</title><p>We went out.</p></sec>
          <list><list-item><p>nets</p></list-item></list>
          <sec><title>Lab work</title><p>We weighed.</p><sec><title>Scales</title><p>Digital ones.</p></sec></sec>
        </sec></sec>`,
      }),
    );
    expect(blocks(paper).map((b) => [b.kind, b.term, b.text])).toEqual([
      ['topic', 'Sampling', 'Field work. We went out.'],
      ['list', undefined, '- nets'],
      ['topic', 'Lab work', 'Lab work. We weighed.'],
      ['topic', 'Scales', 'Scales. Digital ones.'],
    ]);
  });

  it('splits a paragraph around a list, a table and a figure but keeps a display formula in its sentence', async () => {
    const { paper } = await read(
      article({
        body: `<sec><title>Model</title><p>The mass is <disp-formula><label>(1)</label><mml:math><mml:mi>m</mml:mi><mml:mo>=</mml:mo><mml:msup><mml:mi>x</mml:mi><mml:mn>2</mml:mn></mml:msup></mml:math></disp-formula> where x is size, and
          <list list-type="order"><list-item><p>first</p></list-item><list-item><p>second<list><list-item><p>nested</p></list-item></list></p></list-item></list>
          then <fig id="f1"><label>Figure 1.</label><caption><title>Sizes</title><p>Mass by size.</p></caption><graphic xlink:href="f1.png"><alt-text>A rising line</alt-text></graphic></fig> ends.</p></sec>`,
      }),
    );
    const model = blocks(paper);
    expect(model.map((b) => b.kind)).toEqual(['paragraph', 'list', 'paragraph', 'caption', 'paragraph']);
    expect(model[0]!.text).toBe('The mass is m = x² (1) where x is size, and');
    expect(model[1]).toMatchObject({ items: ['first', 'second', 'nested'], text: '1. first\n2. second\n  - nested' });
    expect(model[3]).toMatchObject({ label: 'Figure 1', text: 'Figure 1. Sizes. Mass by size.', source: { path: '/article/body/sec/p/fig' } });
    expect(model.every((b) => b.source.path === '/article/body/sec/p' || b.source.path!.startsWith('/article/body/sec/p/'))).toBe(true);
    expect(paper.dropped).toContainEqual({ reason: 'figure text', text: 'A rising line', source: { path: '/article/body/sec/p/fig/graphic/alt-text' } });
  });

  it('reads a table with its caption, merged header rows, spans and footnotes', async () => {
    const { paper } = await read(
      article({
        body: `<sec><title>Results</title><p>See <xref ref-type="table" rid="t1">Table 1</xref>.</p>
        <table-wrap id="t1"><label>Table 1</label><caption><title>Scores by arm</title></caption>
          <table><thead>
            <tr><th rowspan="2">Group</th><th colspan="2">Week 1</th><th>Week 2</th></tr>
            <tr><th>Mean</th><th>SD</th><th>Mean</th></tr>
          </thead><tbody>
            <tr><td>A</td><td>1.0</td><td>0.1</td><td>2.0</td></tr>
            <tr><td colspan="4">Subgroup</td></tr>
            <tr><td rowspan="2">B</td><td>3.0</td><td>0.3</td><td>4.0<xref ref-type="table-fn" rid="tf1">a</xref></td></tr>
            <tr><td>5.0</td><td>0.5</td><td>6.0</td></tr>
          </tbody></table>
          <table-wrap-foot><fn id="tf1"><p>Imputed.</p></fn></table-wrap-foot></table-wrap></sec>`,
      }),
    );
    const [, caption, table] = blocks(paper);
    expect(caption).toMatchObject({ kind: 'caption', label: 'Table 1', text: 'Table 1. Scores by arm.' });
    expect(table).toMatchObject({ kind: 'table', label: 'Table 1', source: { path: '/article/body/sec/table-wrap/table' } });
    expect(table!.rows).toEqual([
      ['Group', 'Week 1: Mean', 'Week 1: SD', 'Week 2: Mean'],
      ['A', '1.0', '0.1', '2.0'],
      ['Subgroup', '', '', ''],
      ['B', '3.0', '0.3', '4.0'],
      ['', '5.0', '0.5', '6.0'],
    ]);
    expect(table!.text.split('\n')[1]).toBe('| --- | --- | --- | --- |');
    expect(paper.dropped).toContainEqual({ reason: 'footnote', text: 'Imputed.', source: { path: '/article/body/sec/table-wrap/table-wrap-foot/fn' } });
  });

  it('places floats from <floats-group> after the paragraph that first cites them, uncited ones last', async () => {
    const { paper, diagnostics } = await read(
      article({
        body: `<sec><title>Results</title><p>First result.</p><p>Shown in <xref ref-type="fig" rid="f2">Fig. 2</xref> and <xref ref-type="fig" rid="f1">Fig. 1</xref>.</p><p>Again <xref ref-type="fig" rid="f1">Fig. 1</xref>.</p></sec>`,
        after: `<floats-group><fig id="f1"><label>Fig. 1</label><caption><p>One.</p></caption></fig><fig id="f2"><label>Fig. 2</label><caption><p>Two.</p></caption></fig><fig id="f3"><label>Fig. 3</label><caption><p>Three.</p></caption></fig></floats-group>`,
      }),
    );
    expect(blocks(paper).map((b) => b.label ?? b.text)).toEqual(['First result.', 'Shown in Fig. 2 and Fig. 1.', 'Fig. 2', 'Fig. 1', 'Again Fig. 1.', 'Fig. 3']);
    expect(blocks(paper)[2]!.source.path).toBe('/article/floats-group/fig[2]');
    expect(diagnostics).toContainEqual({ severity: 'info', message: 'Fig. 3 is cited by no paragraph: placed at the end of "Results"', location: { file: 'test.xml', line: 6, column: expect.any(Number) } });
  });

  it('reads a box as blocks led by its title, and drops a pull quote that repeats the text', async () => {
    const { paper } = await read(
      article({
        body: `<sec><title>Essay</title><p>Most findings are false in small fields. <disp-quote><p>Most findings are false in small fields</p></disp-quote></p>
          <boxed-text><label>Box 1</label><caption><title>An example</title></caption><p>Suppose a study.</p><p>Then more.</p></boxed-text>
          <p><bold>Corollary 1: Small studies mislead.</bold> Power falls.</p><p><bold>Study area.</bold> A lake.</p></sec>`,
      }),
    );
    expect(blocks(paper).map((b) => [b.kind, b.term, b.text])).toEqual([
      ['paragraph', undefined, 'Most findings are false in small fields.'],
      ['topic', 'Box 1. An example', 'Box 1. An example. Suppose a study.'],
      ['paragraph', undefined, 'Then more.'],
      ['topic', 'Corollary 1', 'Corollary 1: Small studies mislead. Power falls.'],
      ['topic', 'Study area', 'Study area. A lake.'],
    ]);
    expect(paper.dropped).toContainEqual({ reason: 'publisher furniture', text: 'Most findings are false in small fields', source: { path: '/article/body/sec/p[1]/disp-quote/p' } });
  });

  it('drops supplementary material, back-matter sections and footnotes with their reasons', async () => {
    const { paper } = await read(
      article({
        body: `<sec><title>Results</title><p>Found it.<fn id="n1"><p>A footnote.</p></fn></p><supplementary-material id="s1"><label>S1 Table</label><caption><p>Raw data.</p></caption></supplementary-material></sec>
          <sec sec-type="supplementary-material"><title>Supporting Information</title><p>Files online.</p></sec>
          <sec><title>Acknowledgments</title><p>Thanks.</p></sec>`,
      }),
    );
    expect(paper.sections.map((s) => s.title)).toEqual(['Results']);
    expect(blocks(paper).map((b) => b.text)).toEqual(['Found it.']);
    expect(paper.dropped.map((d) => [d.reason, d.text])).toEqual([
      ['footnote', 'A footnote.'],
      ['back matter', 'S1 Table'],
      ['back matter', 'Raw data.'],
      ['back matter', 'Supporting Information'],
      ['back matter', 'Files online.'],
      ['back matter', 'Acknowledgments'],
      ['back matter', 'Thanks.'],
    ]);
  });
});

describe('JATS back matter', () => {
  it('reads every reference list, numbered by label, mixed citations as printed and bare ones written out', async () => {
    const { paper } = await read(
      article({
        body: '<sec><title>Intro</title><p>Text.</p></sec>',
        back: `<ack><p>We thank the lake.</p></ack>
          <ref-list><title>References</title>
            <ref id="r1"><label>1</label><mixed-citation><name><surname>Lopez</surname><given-names>A</given-names></name> (<year>1998</year>) <article-title>Burden of disease</article-title>. <source>Nat Med</source> <volume>4</volume>: <fpage>1241</fpage>–<lpage>1243</lpage>.</mixed-citation></ref>
            <ref id="r2"><label>[2]</label><element-citation publication-type="journal"><person-group person-group-type="author"><name><surname>Allison</surname><given-names>JD</given-names></name><name><surname>Hare</surname><given-names>JD</given-names></name><etal/></person-group><year>2009</year><article-title>Learned responses</article-title><source>New Phytol</source><volume>184</volume><issue>2</issue><fpage>768</fpage><lpage>782</lpage></element-citation></ref>
            <ref-list><ref id="r3"><mixed-citation>. Nested S. A nested list. 2001.</mixed-citation></ref></ref-list>
          </ref-list>
          <fn-group><fn><p>Competing interests: none.</p></fn></fn-group>
          <app-group><app><title>Appendix A</title><p>Extra tables.</p></app></app-group>`,
        after: '<sub-article article-type="decision-letter"><body><p>Decision letter text.</p></body></sub-article>',
      }),
    );
    expect(paper.references).toEqual([
      { n: 1, text: 'Lopez A (1998) Burden of disease. Nat Med 4: 1241–1243.' },
      { n: 2, text: 'Allison JD, Hare JD, et al. (2009). Learned responses. New Phytol 184(2): 768–782.' },
      { text: 'Nested S. A nested list. 2001.' },
    ]);
    expect(paper.dropped.map((d) => [d.reason, d.text, d.source.path])).toEqual([
      ['back matter', 'We thank the lake.', '/article/back/ack/p'],
      ['back matter', 'Competing interests: none.', '/article/back/fn-group/fn'],
      ['back matter', 'Decision letter text.', '/article/sub-article/body/p'],
    ]);
    // An appendix is kept, after the body, as a section marked so.
    expect(paper.sections.map((s) => [s.title, s.appendix ?? false, s.blocks.map((b) => [b.text, b.source.path])])).toEqual([
      ['Intro', false, [['Text.', '/article/body/sec/p']]],
      ['Appendix A', true, [['Extra tables.', '/article/back/app-group/app/p']]],
    ]);
  });

  it('writes the readable copy the block offsets point into', async () => {
    const { paper, text } = await read(article({ front: '<title-group><article-title>A title</article-title></title-group>', body: '<sec><title>Intro</title><p>First <italic>words</italic>.</p></sec>' }));
    const block = paper.sections[0]!.blocks[0]!;
    expect(text.slice(block.source.start, block.source.end)).toBe('First words.');
    expect(text).toMatch(/^# A title\n\n## Intro\n\nFirst words\.\n$/);
  });
});

describe('JATS markup of different publishers', () => {
  it('joins an affiliation given in parts, identifiers left out', async () => {
    const { paper } = await read(
      article({
        front: `<contrib-group><contrib contrib-type="author"><name><surname>Roe</surname><given-names>J</given-names></name><xref ref-type="aff" rid="Aff1">1</xref></contrib></contrib-group>
          <aff id="Aff1"><label>1</label><institution-wrap><institution-id institution-id-type="ROR">https://ror.org/000</institution-id><institution content-type="org-division">School of Biology</institution><institution content-type="org-name">Coast University</institution></institution-wrap><addr-line content-type="postcode">AB1 2CD</addr-line><addr-line content-type="city">Seaton</addr-line><country country="GB">UK</country></aff>`,
      }),
    );
    expect(paper.affiliations).toEqual(['School of Biology, Coast University, AB1 2CD, Seaton, UK']);
  });

  it('reads display formulas as their TeX annotation and inline formulas as their MathML written out', async () => {
    const { paper } = await read(
      article({
        body: `<sec><title>1 Methods</title><p>With <inline-formula><alternatives><tex-math>\\documentclass[12pt]{minimal}\\begin{document}$\\alpha$\\end{document}</tex-math><mml:math><mml:mi>α</mml:mi></mml:math></alternatives></inline-formula> fixed,
          <disp-formula id="Equ1"><label>(2)</label><alternatives><tex-math>\\documentclass[12pt]{minimal}\\usepackage{amsmath}\\begin{document}$$y = \\frac{a}{b}$$\\end{document}</tex-math><mml:math><mml:mi>y</mml:mi><mml:mo>=</mml:mo><mml:mfrac><mml:mi>a</mml:mi><mml:mi>b</mml:mi></mml:mfrac></mml:math><graphic xlink:href="e1.gif"/></alternatives></disp-formula>
          holds.</p></sec>`,
      }),
    );
    expect(paper.sections[0]!.title).toBe('Methods');
    expect(blocks(paper)[0]!.text).toBe('With α fixed, y = \\frac{a}{b} (2) holds.');
  });

  it('reads a figure group: its figures, and their source data as dropped back matter', async () => {
    const { paper } = await read(
      article({
        body: `<sec><title>Results</title><p>Growth (<xref ref-type="fig" rid="fig1">Figure 1</xref>).</p>
          <fig-group><fig id="fig1"><label>Figure 1.</label><caption><title>Growth curves.</title><p>Means of five runs.</p></caption><graphic xlink:href="f1.tif"/>
            <supplementary-material id="fig1sdata1"><label>Figure 1—source data 1.</label><caption><title>Raw counts.</title></caption></supplementary-material></fig>
          <fig id="fig1s1" specific-use="child-fig"><label>Figure 1—figure supplement 1.</label><caption><title>Controls.</title></caption></fig></fig-group></sec>`,
      }),
    );
    expect(blocks(paper).map((b) => [b.kind, b.label])).toEqual([
      ['paragraph', undefined],
      ['caption', 'Figure 1'],
      ['caption', 'Figure 1—figure supplement 1'],
    ]);
    expect(blocks(paper)[1]!.text).toBe('Figure 1. Growth curves. Means of five runs.');
    expect(paper.dropped.map((d) => [d.reason, d.text])).toEqual([
      ['back matter', 'Figure 1—source data 1.'],
      ['back matter', 'Raw counts.'],
    ]);
  });

  it('places the floats of a display-objects section like those of a floats group', async () => {
    const { paper } = await read(
      article({
        body: `<sec><title>Results</title><p>As <xref ref-type="table" rid="T1">Table 1</xref> shows.</p><p>More.</p></sec>
          <sec sec-type="display-objects"><title>Figures and Tables</title><table-wrap id="T1"><label>Table 1</label><caption><p>Counts</p></caption><table><tr><th>Site</th><th>n</th></tr><tr><td>A</td><td>3</td></tr></table></table-wrap></sec>`,
      }),
    );
    expect(paper.sections.map((s) => s.title)).toEqual(['Results']);
    expect(blocks(paper).map((b) => b.kind)).toEqual(['paragraph', 'caption', 'table', 'paragraph']);
    expect(blocks(paper)[2]!.rows).toEqual([['Site', 'n'], ['A', '3']]);
  });
});

describe('JATS back matter inside the body', () => {
  it('leaves out a subsection titled as back matter, and the paragraphs from one led by a back-matter label to the next subsection', async () => {
    const { paper } = await read(
      article({
        body: `<sec><title>Methods</title><p>We sampled twelve lakes.</p>
          <sec><title>Statistics</title><p>Growth was compared with a mixed model.</p></sec>
          <sec><title>Data availability</title><p>The counts are in the archive.</p></sec></sec>
          <sec><title>Conclusions</title><p>Cold lakes slow growth.</p><p>Funding agencies rarely pay for winter sampling.</p>
          <p><italic><bold>Author contributions:</bold></italic> AO designed the study.</p><p><italic>Drafting of the manuscript:</italic> AO.</p>
          <p><bold>Funding</bold> The Lake Trust paid for the boats.</p></sec>`,
      }),
    );
    const taught = blocks(paper).map((b) => `${b.term ?? ''} ${b.text}`).join('\n');
    expect(taught).toContain('Growth was compared with a mixed model.');
    expect(taught).toContain('Funding agencies rarely pay for winter sampling.');
    expect(taught).not.toMatch(/archive|designed the study|Drafting|Lake Trust/);
    const back = paper.dropped.filter((d) => d.reason === 'back matter').map((d) => d.text);
    expect(back).toEqual(expect.arrayContaining(['Data availability', 'The counts are in the archive.', 'Author contributions: AO designed the study.', 'Drafting of the manuscript: AO.', 'Funding The Lake Trust paid for the boats.']));
  });
});

describe('JATS table footnote marks', () => {
  it('leaves out a mark in letters or digits glued to a cell’s word, and keeps significance stars', async () => {
    const { paper } = await read(
      article({
        body: `<sec><title>Results</title><p>Scores fell (<xref ref-type="table" rid="t1">Table 1</xref>).</p>
          <table-wrap id="t1"><label>Table 1</label><caption><p>Scores by model.</p></caption><table>
          <thead><tr><th>Model</th><th>Effect<xref ref-type="table-fn" rid="n1">1</xref></th></tr></thead>
          <tbody><tr><td>ANCOVA<xref ref-type="table-fn" rid="n2">a</xref></td><td>-0.87<sup><xref ref-type="table-fn" rid="n3">***</xref></sup></td></tr>
          <tr><td>Mixed<sup><xref ref-type="table-fn" rid="n4">b</xref></sup></td><td>-0.51</td></tr></tbody></table>
          <table-wrap-foot><fn id="n2"><label>a</label><p>Adjusted for baseline.</p></fn></table-wrap-foot></table-wrap></sec>`,
      }),
    );
    const table = blocks(paper).find((b) => b.kind === 'table')!;
    expect(table.rows).toEqual([['Model', 'Effect'], ['ANCOVA', '-0.87***'], ['Mixed', '-0.51']]);
  });
});
