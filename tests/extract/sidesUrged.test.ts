// Appeals to "both sides" aimed at the story's two sides; the sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('appeals to both sides', () => {
  it('reads "urged both sides" as urging each of the story’s two sides', () => {
    const { relations } = extract([
      'Mediators from Norway resumed talks between Mozambique and the Northern Liberation Front on Tuesday.',
      'The African Union urged both sides to extend the truce beyond the rainy season.',
    ]);
    expect(relations).toContain('African Union URGES Mozambique');
    expect(relations).toContain('African Union URGES Northern Liberation Front');
  });

  it('reads an appeal whose quoted words open with "all parties" as urging each side', () => {
    const { relations } = extract([
      'Mediators from Norway resumed talks between Mozambique and the Northern Liberation Front on Tuesday.',
      'The African Union urged “all parties to exercise restraint” and to respect the truce.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['African Union URGES Mozambique', 'African Union URGES Northern Liberation Front']));
  });

  it('urges neither side when the one appealing speaks for a region of one of them', () => {
    const { relations } = extract([
      'Mediators from Norway resumed talks between Mozambique and the Northern Liberation Front on Tuesday.',
      'A spokesman, Rui Tembe, said the provincial government was grieving and urged “all sides to keep the war out of our towns.”',
    ]);
    expect(relations.filter((relation) => relation.includes(' URGES '))).toEqual([]);
  });

  it('urges no one when the story has no pair of sides', () => {
    const { relations } = extract(['Mozambique held elections on Tuesday.', 'The African Union urged both sides to accept the result.']);
    expect(relations.filter((relation) => relation.startsWith('African Union URGES'))).toEqual([]);
  });

  it('urges neither state when the one appealing leads one of them (the sides are others)', () => {
    const { relations } = extract([
      'Mongolia and China resumed talks on the copper mine on Monday.',
      'President Bat Erdene of Mongolia urged both sides to avoid harsh words.',
      'The mine is run by a Chinese company.',
    ]);
    expect(relations).toContain('Bat Erdene LEADS Mongolia');
    expect(relations.filter((relation) => relation.startsWith('Bat Erdene URGES'))).toEqual([]);
  });
});

describe('reminders of obligations', () => {
  it('reads "reminded both sides of their obligations" as urging each side', () => {
    const { relations } = extract([
      'Ghana and Togo exchanged fire across the border on Tuesday.',
      'The Volta Commission said in a statement that it had reminded both sides of their obligations under the Lome Accord.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Volta Commission URGES Ghana', 'Volta Commission URGES Togo']));
  });

  it('reads "reminded Togo of its commitments" as urging Togo', () => {
    expect(extract(['Ghana reminded Togo of its commitments under the Lome Accord.']).relations).toContain('Ghana URGES Togo');
  });
});

describe('who appeals to both sides', () => {
  it('does not take a side named just before the appeal ("between X and Y but urged both sides") for the one appealing', () => {
    const { relations } = extract([
      'Mediators from Norway resumed talks between Mozambique and the Northern Liberation Front on Tuesday.',
      'The Red Cross said it had no part in the exchange between Mozambique and the Northern Liberation Front but urged both sides to let its staff see the prisoners.',
    ]);
    expect(relations).toContain('Red Cross URGES Mozambique');
    expect(relations).not.toContain('Northern Liberation Front URGES Mozambique');
    expect(relations).not.toContain('Mozambique URGES Northern Liberation Front');
  });
});

describe('the sides of a war fought inside a state', () => {
  it('takes the two who fight each other for the sides an appeal to "both warring parties" means', () => {
    const { relations } = extract([
      'The Northern Liberation Front has been fighting the Kenyan army since April.',
      'Britain called on both warring parties to let aid convoys through.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['United Kingdom URGES Northern Liberation Front', 'United Kingdom URGES Kenyan army']));
  });

  it('takes no pair from a fight whose sides a comma or a clause divides', () => {
    const { relations } = extract([
      'The Northern Liberation Front, which has fought for years, rejected the offer; the Kenyan army stayed silent.',
      'Britain called on both warring parties to let aid convoys through.',
    ]);
    expect(relations.filter((relation) => relation.startsWith('United Kingdom URGES'))).toEqual([]);
  });
});
