import { describe, expect, it } from 'vitest';
import { containsPhrase, keyContainsKey, nameKey, phraseKey, wordsOf } from '../../src/eval/normalise.ts';

describe('nameKey', () => {
  it('ignores case, hyphens and spaces between syllables', () => {
    expect(nameKey('Jae-hun Park')).toBe(nameKey('jaehun park'));
    expect(nameKey('Al-Haddadi')).toBe(nameKey('al Haddadi'));
  });
  it('drops possessives and punctuation', () => {
    expect(nameKey("Norland's")).toBe(nameKey('Norland'));
    expect(nameKey('Norland’s')).toBe('norland');
    expect(nameKey('U.S.')).toBe(nameKey('US'));
  });
  it('drops leading titles, several in a row, longest first', () => {
    expect(nameKey('Mr. Park')).toBe('park');
    expect(nameKey('President Elena Varga')).toBe(nameKey('Elena Varga'));
    expect(nameKey('Prime Minister Ana Holt')).toBe('anaholt');
    expect(nameKey('the Foreign Minister Ana Holt')).toBe('anaholt');
  });
  it('keeps a name that is only a title, and keeps titles inside a name', () => {
    expect(nameKey('the President')).toBe('president');
    expect(nameKey('Office of the President')).toBe('officeofthepresident');
  });
  it('folds accents', () => {
    expect(nameKey('Zoë Ségur')).toBe('zoesegur');
  });
  it('keeps different names apart', () => {
    expect(nameKey('Jaehun Park')).not.toBe(nameKey('Jaehun Parker'));
  });
});

describe('phrases', () => {
  it('splits into words without punctuation', () => {
    expect(wordsOf('“We won’t yield,” she said.')).toEqual(['we', 'wont', 'yield', 'she', 'said']);
    expect(phraseKey('A  well-kept   secret!')).toBe('a well kept secret');
  });
  it('finds a phrase on word boundaries only', () => {
    expect(containsPhrase('“The tide, it turns for no one,” he said.', 'turns for no one')).toBe(true);
    expect(containsPhrase('It returns for no one.', 'turns for no one')).toBe(false);
    expect(containsPhrase('anything', '  ')).toBe(false);
    expect(keyContainsKey(phraseKey('We hold the line.'), phraseKey('hold the line'))).toBe(true);
  });
});
