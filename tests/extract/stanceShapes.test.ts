// Shapes of accusation that news uses besides "A accused B of …": a breach laid at the other side's door in other words.
// The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('breaches said of the other side', () => {
  it('reads "B had breached the accord" and "B broke its promises" in what A says as A accusing B', () => {
    const breached = extract(["Hungary's foreign minister, Lena Varga, said Romania had breached the 2019 fisheries accord."]);
    expect(breached.relations).toContain('Lena Varga ACCUSES Romania');
    const broken = extract(["Latvia's trade minister, Ivo Kast, told reporters that Estonia had broken its commitments on grain."]);
    expect(broken.relations).toContain('Ivo Kast ACCUSES Estonia');
  });

  it('reads no accusation in a deal or a deadlock that was merely broken into or broken off', () => {
    const { relations } = extract(["Hungary's foreign minister, Lena Varga, said the talks with Romania broke the deadlock on Friday."]);
    expect(relations.filter((relation) => relation.includes(' ACCUSES '))).toEqual([]);
  });
});

describe('allies said to be allies', () => {
  it('reads "A is B\'s closest ally" as A and B cooperating', () => {
    const { relations } = extract(['Ghana is Togo’s closest ally in the region, officials said.', 'Benin remained Niger’s main security partner.']);
    expect(relations.some((relation) => /^(Togo COOPERATES_WITH Ghana|Ghana COOPERATES_WITH Togo)$/.test(relation))).toBe(true);
    expect(relations.some((relation) => /^(Niger COOPERATES_WITH Benin|Benin COOPERATES_WITH Niger)$/.test(relation))).toBe(true);
  });

  it('reads no partners in a market: "A is B\'s biggest trading partner"', () => {
    const { relations } = extract(['Ghana is Togo’s biggest trading partner.']);
    expect(relations.filter((relation) => relation.includes(' COOPERATES_WITH '))).toEqual([]);
  });
});

describe('designations with no status named', () => {
  it('reads "designated X, a firm …" as sanctioning X', () => {
    const { relations } = extract([
      "The Treasury Department's Office of Foreign Assets Control also designated Kobalt Freight, a shipping firm registered in Dubai.",
      'The European Union also designated Ivan Petrenko, a banker close to the Kremlin.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Office of Foreign Assets Control SANCTIONS Kobalt Freight', 'European Union SANCTIONS Ivan Petrenko']));
  });

  it('reads no sanction in a person designated to do something', () => {
    const { relations } = extract(['President Ama Owusu designated Kofi Mensah to lead the talks.']);
    expect(relations.filter((relation) => relation.includes(' SANCTIONS '))).toEqual([]);
  });
});

describe('designations to an office', () => {
  it('reads no sanction in "designated X as her successor", but one in "designated X a terrorist organisation"', () => {
    const { relations } = extract(['President Ama Owusu designated Kofi Mensah as her successor.', 'Ghana designated the Red Hand Brigade a terrorist organisation.']);
    expect(relations).not.toContain('Ama Owusu SANCTIONS Kofi Mensah');
    expect(relations).toContain('Ghana SANCTIONS Red Hand Brigade');
  });
});
