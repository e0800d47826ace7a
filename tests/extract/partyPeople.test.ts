// Political parties and their people: party adjectives before an office, party leaders, parties acting; the sentences
// are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('parties and their people', () => {
  it('reads "the Republican governor accused" as the governor named before, a party adjective before the office', () => {
    const { relations, statements } = extract([
      'Governor Lena Marsh criticised the relief plan on Monday. The Republican governor accused the White House of holding back flood money.',
      'Senator Paul Okafor spoke first. The Democratic senator said the bill would fail.',
    ]);
    expect(relations).toContain('Lena Marsh ACCUSES United States');
    expect(statements.find((statement) => statement.text.includes('bill would fail'))?.speakerName).toBe('Paul Okafor');
  });
});
