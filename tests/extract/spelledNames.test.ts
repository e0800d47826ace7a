// Other spellings and names an article gives: "spelled his name X", ", also spelled X", ", as his name is also
// spelled,", "Name (or Other)".
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';
import { tokenize } from '../../src/extract/tokens.ts';
import { isSpellingAside } from '../../src/extract/spelledNames.ts';

describe('another spelling the article gives', () => {
  it('reads the name after "spelled his name" as the person named before', () => {
    const { extraction } = extract(['President Ismail Ravenko, who has ruled since 1993, made no comment. Neighbouring state media spelled his name Ismaïl Rawenko in its reports.']);
    expect(extraction.entities.filter((entity) => entity.kind === 'Person').map((entity) => entity.aliases.sort())).toEqual([['Ismail Ravenko', 'Ismaïl Rawenko']]);
  });

  it('reads the name after ", also spelled" as the person just named', () => {
    const { extraction } = extract(['The bank and its chairman, Tep Sorann, were sanctioned.', 'Tep, also spelled Tep Soran in some records, holds an honorary title.']);
    expect(extraction.entities.filter((entity) => entity.aliases.includes('Tep Soran')).map((entity) => `${entity.kind} ${entity.name}`)).toEqual(['Person Tep Sorann']);
  });
});

describe('another name in brackets', () => {
  it('reads "Name (or Other)" as two names of one thing, of the first one’s kind', () => {
    const { extraction } = extract(['The fighting, over a strip of land on the Ras Varka (or Ras Verka) peninsula, killed dozens.']);
    expect(extraction.entities.map((entity) => `${entity.kind} ${[...entity.aliases].sort().join('/')}`)).toEqual(['Place Ras Varka/Ras Verka']);
  });
});

describe('a spelling aside after a name', () => {
  it('reads ", as his name is also spelled," right after a name, and not a comma alone', () => {
    const aside = tokenize('Mr Suh, as his name is also spelled, will visit Tokyo.');
    expect(isSpellingAside(aside, 2)).toBe(true);
    expect(isSpellingAside(tokenize('Mr Suh, as his term ends, will visit Tokyo.'), 2)).toBe(false);
  });
});
