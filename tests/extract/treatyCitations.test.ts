// A speaker who says what a treaty grants, requires or settles cites it (INVOKES). The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('a treaty cited for what it grants', () => {
  it('reads "X said the <treaty> gave/allowed …" as X invoking it', () => {
    const { relations } = extract(['Ruvanian minister Dara Holt said the Kessel Bay Fishing Accord gave both fleets the right to enter the zone.']);
    expect(relations).toContain('Dara Holt INVOKES Kessel Bay Fishing Accord');
  });

  it('reads "rested on the <treaty>" and ", which allows" as citing it', () => {
    expect(extract(['Ostrel says its claim to the valley rested on the Treaty of Vell, which fixed the river as the border.']).relations).toContain('Ostrel INVOKES Treaty of Vell');
    expect(extract(['Minister Lena Varga said the plan stayed within the Treaty of Vell, which allows ships of all nations to pass.']).relations).toContain('Lena Varga INVOKES Treaty of Vell');
  });

  it('reads no citation from a noun after the treaty’s name ("<treaty> permits are …")', () => {
    const { relations } = extract(['"Kessel Accord permits are what the buyers ask for," said Dara Holt.']);
    expect(relations.filter((relation) => relation.includes('INVOKES'))).toEqual([]);
  });

  it('reads no citation when nobody says it, or when the text grants nothing', () => {
    expect(extract(['The Treaty of Vell gave Ostrel the valley in 1816.']).relations.filter((relation) => relation.includes('INVOKES'))).toEqual([]);
    expect(extract(['Lena Varga said the Treaty of Vell did not give Ostrel the valley.']).relations.filter((relation) => relation.includes('INVOKES'))).toEqual([]);
  });
  it('reads "in line with", "drawn under", "must respect" the <treaty> in what a speaker says as citing it', () => {
    const signed = 'Peru and Chile signed the Orlen Treaty in 1990.';
    expect(extract([signed, 'Chile said the new dam was in line with the Orlen Treaty.']).relations).toContain('Chile INVOKES Orlen Treaty');
    expect(extract([signed, 'Peru said the border was drawn under the Orlen Treaty.']).relations).toContain('Peru INVOKES Orlen Treaty');
    expect(extract([signed, 'Peru said any fishing must respect the Orlen Treaty.']).relations).toContain('Peru INVOKES Orlen Treaty');
    expect(extract([signed, 'The new dam was built in line with the Orlen Treaty.']).relations.filter((relation) => relation.includes('INVOKES'))).toEqual([]);
  });
});
