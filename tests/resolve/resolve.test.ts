// Resolution across articles: each article's entities land on the nodes already in the graph.
import { describe, expect, it } from 'vitest';
import { createKnowledgeGraph } from '../../graph/model.ts';
import { ingestArticle } from '../../src/pipeline.ts';
import { article } from '../support/articles.ts';

function graphOf(...articles: string[][]) {
  const graph = createKnowledgeGraph();
  articles.forEach((paragraphs, index) => ingestArticle(graph, article(paragraphs, { id: `article:a${index}`, title: `A${index}` })));
  const nodes = (kind: string) => graph.filterNodes((_node, attributes) => attributes.kind === kind).map((node) => graph.getNodeAttributes(node));
  return { graph, nodes };
}

describe('resolveAcrossArticles', () => {
  it('makes one person of transliterations across articles and keeps every spelling', () => {
    const { nodes } = graphOf(
      ['“We will respond,” Park Ji-hoon, spokesman for the Ministry of Oceans, said.'],
      ['“The waters are ours,” Park Jihoon said on Monday.'],
      ['Mr Park declined to comment.'],
    );
    const people = nodes('Person');
    expect(people).toHaveLength(1);
    expect(people[0].aliases).toEqual(expect.arrayContaining(['Park Ji-hoon', 'Park Jihoon']));
    expect(people[0].sources).toHaveLength(2);
  });

  it('makes one person of an English and a French transliteration ("Wahab", "Ouahab") though another article came first', () => {
    const { nodes } = graphOf(
      ['Trade Minister Selim Darhan said exports rose.'],
      ['The deal was signed by the defence minister, Adris Wahab, on Monday.'],
      ['Defence Minister Adriss Ouahab told state radio that the army had shown restraint.'],
    );
    expect(nodes('Person').filter((person) => /ahab/.test(person.name))).toHaveLength(1);
  });

  it('makes one place of a name written with and without its accents, within an article and across two', () => {
    const { nodes } = graphOf(
      ['Police closed two offices in Zvečan on Thursday.', 'Shops in Zvecan stayed shut on Friday, residents said.'],
      ['Schools in Zvecan reopened on Monday.'],
    );
    const places = nodes('Place');
    expect(places).toHaveLength(1);
    expect(places[0].aliases).toEqual(expect.arrayContaining(['Zvečan', 'Zvecan']));
  });

  it('makes one state of names, abbreviations and capitals, with a stable id', () => {
    const { graph, nodes } = graphOf(['The United Kingdom objected.'], ['The U.K. objected again.'], ['London said it would not move.']);
    const states = nodes('Government');
    expect(states).toHaveLength(1);
    expect(graph.hasNode('government:united-kingdom')).toBe(true);
    expect(states[0].aliases).toEqual(expect.arrayContaining(['United Kingdom', 'U.K.', 'London']));
  });

  it('keeps an organisation named with an acronym apart from another with the same initials', () => {
    const { nodes } = graphOf(['The European Commission proposed new rules.'], ['The EAWS Commission suspended the member state.']);
    const names = nodes('Organization').map((node) => node.name).sort();
    expect(names).toEqual(['EAWS Commission', 'European Commission']);
  });

  it('keeps two long names that share their initials apart, and the acronym with the one that spells it', () => {
    const { nodes } = graphOf(['The United Nations (UN) sent an envoy.'], ['A lecturer at the University of Nordmark said the UN had failed.']);
    const university = nodes('Organization').find((node) => node.name === 'University of Nordmark');
    expect(university?.aliases).toEqual(['University of Nordmark']);
  });

  it('finds a long name in another article by the same name with a part abbreviated', () => {
    const { nodes } = graphOf(['The United Nations Security Council met on Friday.'], ['The UN Security Council met again.']);
    expect(nodes('Organization').map((node) => node.name)).toEqual(['United Nations Security Council']);
  });

  it('makes one place of a name spelt with and without accents in two articles', () => {
    const { nodes } = graphOf(['Police entered buildings in Zlatić on Thursday.'], ['The law applies in Zlatic as it does elsewhere.']);
    expect(nodes('Place')).toHaveLength(1);
  });

  it('finds a body named without its state in a later article', () => {
    const { nodes } = graphOf(["Japan's defence ministry confirmed the flight."], ['The Defense Ministry said the jets were intercepted.']);
    const bodies = nodes('Government').filter((node) => node.name !== 'Japan');
    expect(bodies).toHaveLength(1);
    expect(bodies[0].country).toBe('JP');
  });

  it('keeps namesake bodies of different states apart', () => {
    const { nodes } = graphOf(["Chile's foreign ministry protested."], ["Peru's foreign ministry replied."]);
    const bodies = nodes('Government').filter((node) => node.name !== 'Chile' && node.name !== 'Peru');
    expect(bodies).toHaveLength(2);
  });

  it('resolves "the supreme leader" of a state to the person known to lead it', () => {
    const { nodes } = graphOf(['Iranian Supreme Leader Ali Khamenei spoke on television.'], ["Iran's supreme leader said the talks would go on."]);
    const people = nodes('Person');
    expect(people).toHaveLength(1);
    expect(people[0].aliases).toContain("Iran's supreme leader");
  });

  it('joins descriptions of one treaty through its parties', () => {
    const { nodes } = graphOf(
      ['Greece and Cyprus signed a mutual defence treaty in May.'],
      ['The Greece-Cyprus Strategic Partnership Agreement between Greece and Cyprus took effect.'],
    );
    expect(nodes('Treaty')).toHaveLength(1);
  });

  it('keeps two treaties apart that are each called "the Peace Agreement" for short, in two articles', () => {
    const { nodes } = graphOf(
      ['The Lomara Peace Agreement ended the war in 1995. Under the Peace Agreement, troops left the valley.'],
      ['The Varno Peace Agreement was signed in 2001. The Peace Agreement set up a regional council.'],
    );
    expect(nodes('Treaty').map((treaty) => treaty.name).sort()).toEqual(['Lomara Peace Agreement', 'Varno Peace Agreement']);
  });

  it('keeps two treaties apart whose names open with the same word for a text ("Declaration on …", "Declaration of …")', () => {
    const { nodes } = graphOf(
      ['Chile and Peru signed the Declaration of Shared Principles in 2015.'],
      ['Norway and Sweden are parties to the Declaration on the Conduct of Fishing Fleets.'],
    );
    expect(nodes('Treaty').map((treaty) => treaty.name).sort()).toEqual(['Declaration of Shared Principles', 'Declaration on the Conduct of Fishing Fleets']);
  });
});

describe('bodies named without their state, across articles', () => {
  it('does not take a ministry of defence of a state the article never names', () => {
    const { nodes } = graphOf(
      ['Taiwan’s defence ministry said it had tracked 20 ships.'],
      ['North Korea fired a missile on Thursday, and South Korea protested. The Ministry of National Defense said the launch was a provocation.'],
    );
    const taiwanese = nodes('Government').filter((node) => node.country === 'TW' && node.name !== 'Taiwan');
    expect(taiwanese).toHaveLength(1);
    expect(taiwanese[0].sources).toHaveLength(1);
  });
});
