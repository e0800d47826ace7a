// Sentence shapes of the action relations that the trigger lexicon alone missed; the sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('fighting', () => {
  it('reads taking or besieging a place as fighting against it, but not a place where something is taken', () => {
    const { relations } = extract([
      'The Kivu Liberation Front captured the lakeside town of Walikale after a long push.',
      'Mali said its forces had recaptured Kidal from the separatists.',
      "The Azawad Liberation Front's siege of Menaka entered a third month.",
      "Niger's army captured two smugglers in Agadez.",
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Kivu Liberation Front FIGHTS_AGAINST Walikale', 'Mali FIGHTS_AGAINST Kidal', 'Azawad Liberation Front FIGHTS_AGAINST Menaka']));
    expect(relations.filter((relation) => relation.endsWith('FIGHTS_AGAINST Agadez'))).toEqual([]);
  });
});
