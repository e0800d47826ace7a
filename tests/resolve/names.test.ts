import { describe, expect, it } from 'vitest';
import { isSamePerson } from '../../src/resolve/names.ts';

describe('isSamePerson', () => {
  it.each([
    ['Koo Byongsam', 'Koo Byung-sam'],
    ['Koo Byoungsam', 'Koo Byung-sam'],
    ['Jeon Ha Gyu', 'Jeon Ha-kyu'],
    ['Kim Jong Un', 'Kim Jong-un'],
    ['Mr Putin', 'Vladimir Putin'],
    ['Yousef al-Hadadi', 'Youssef Al-Haddadi'],
    ['Al-Haddadi', 'Youssef Al-Haddadi'],
    ['Sato Kenji', 'Kenji Sato'],
  ])('takes %s and %s as one person', (a, b) => {
    expect(isSamePerson(a, b)).toBe(true);
  });

  it.each([
    ['Kim Jong Un', 'Kim Yo Jong'],
    ['Anna Berg', 'Anna Bergman'],
    ['John Smith', 'Jane Smith'],
    ['Maria Lopez', 'Mario Lopes-Ferreira'],
    ['Sato Kenji', 'Kenji Satomi'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(isSamePerson(a, b)).toBe(false);
  });
});
