// Condemnations that are none: a stance denied "as" a thing, a treaty denounced; the sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

const condemns = (relations: string[]) => relations.filter((relation) => relation.includes(' CONDEMNS '));

describe('condemnations that are none', () => {
  it('reads no condemnation in an act the speaker says was done "not as a provocation"', () => {
    const { relations } = extract([
      'Guyana accused Venezuela of moving gunboats up the Cuyuni river on Monday.',
      'Venezuelan Defence Minister Tomas Arreaza said the boats had been sent "as a precaution, not as a provocation."',
    ]);
    expect(relations.filter((relation) => relation.startsWith('Tomas Arreaza CONDEMNS'))).toEqual([]);
  });

  it('still reads a provocation said of the other side', () => {
    // (The story opens with the act, not with Guyana's accusation of it, which would leave its minister's condemnation
    // saying no more: stances.ts keeps the accusation alone then.)
    const { relations } = extract([
      'Venezuela moved gunboats up the Cuyuni river on Monday.',
      'Guyanese Foreign Minister Hugh Todd said the move was "a provocation, not a precaution."',
    ]);
    expect(relations).toContain('Hugh Todd CONDEMNS Venezuela');
  });

  it('does not make the one arrested or killed the one condemned ("condemned the arrest of X")', () => {
    const { relations } = extract([
      'Opposition leader Tomas Rigo was detained in Kessa on Friday.',
      'Norway and the European Union condemned the arrest of Rigo and called for his release.',
      'Sweden denounced the killing of journalist Ana Pell, and Chile condemned Peru.',
    ]);
    expect(condemns(relations).filter((relation) => /(Rigo|Pell)$/.test(relation))).toEqual([]);
    expect(relations).toContain('Chile CONDEMNS Peru');
  });
});

describe('condemnations aimed at the other side only when no one else is named', () => {
  it('does not read summoning the envoy of a body as condemning the story’s other state', () => {
    const { relations } = extract(['Togo closed its border with Ghana on Monday.', 'Ghana summoned the head of the EU delegation in Accra.']);
    expect(relations).not.toContain('Ghana CONDEMNS Togo');
    expect(extract(['Togo closed its border with Ghana on Monday.', 'Ghana summoned the envoy of the African Union.']).relations).not.toContain('Ghana CONDEMNS Togo');
  });

  it('still reads summoning the other state’s envoy, and condemning an act, as condemning the other state', () => {
    expect(extract(['Togo closed its border with Ghana on Monday.', 'Ghana summoned the ambassador of Togo.']).relations).toContain('Ghana CONDEMNS Togo');
    expect(extract(['Togo closed its border with Ghana on Monday.', 'Ghana condemned the closure.']).relations).toContain('Ghana CONDEMNS Togo');
  });
});

describe('an act of force condemned, with its agent’s adjective', () => {
  it('gives "condemned the Israeli strikes on X" no attack to the one who condemns', () => {
    const { relations } = extract(['Omani Foreign Minister Salim al-Harthi condemned the Israeli strikes on Deir Hanna, in northern Gaza.']);
    expect(relations).toContain('Salim al-Harthi CONDEMNS Israel');
    expect(relations.filter((relation) => relation.startsWith('Salim al-Harthi FIGHTS_AGAINST'))).toEqual([]);
  });
});
