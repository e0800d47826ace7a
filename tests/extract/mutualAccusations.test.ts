// Sides that accuse each other; the sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('mutual accusations', () => {
  it('reads two sides that accuse each other, with a clause between them, as each accusing the other', () => {
    const { relations } = extract([
      'Fighting resumed near Pemba on Sunday.',
      'Mozambique, which still holds the port, and the Northern Liberation Front accuse each other of firing on villages.',
    ]);
    expect(relations).toContain('Mozambique ACCUSES Northern Liberation Front');
    expect(relations).toContain('Northern Liberation Front ACCUSES Mozambique');
  });
});
