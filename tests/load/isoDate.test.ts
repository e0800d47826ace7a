import { describe, expect, it } from 'vitest';
import { leadingDate, toIsoDate } from '../../src/load/isoDate.ts';

describe('toIsoDate', () => {
  it.each([
    ['2024-03-09', '2024-03-09'],
    ['2024-03-09T22:15:00-07:00', '2024-03-09'],
    ['9 Mar. 2024, 08:30', '2024-03-09'],
    ['March 9, 2024', '2024-03-09'],
    ['Sat, 09 Mar 2024 10:00:00 GMT', '2024-03-09'],
    ['Posted on 9 March 2024 by the desk', '2024-03-09'],
    ['20240309', '2024-03-09'],
  ])('reads %s as %s', (text, iso) => {
    expect(toIsoDate(text)).toBe(iso);
  });

  it.each([['yesterday'], ['March 2024'], ['20241399'], ['$12.50'], [''], [undefined]])('finds no calendar date in %s', (text) => {
    expect(toIsoDate(text)).toBeUndefined();
  });
});

describe('leadingDate', () => {
  it('returns the date and what follows it', () => {
    expect(leadingDate('2023-11-02 Storm closes mountain pass')).toEqual({ iso: '2023-11-02', rest: 'Storm closes mountain pass' });
  });

  it('needs the date at the start', () => {
    expect(leadingDate('Storm closes pass on 2023-11-02')).toBeUndefined();
  });
});

describe('dates in the way of northern and central Europe', () => {
  it.each([
    ['19. nov. 2026 kl. 17.40', '2026-11-19'],
    ['4. oktober 2025', '2025-10-04'],
    ['3. März 2026, 08:15 Uhr', '2026-03-03'],
    ['07/11/2026 - 14:22', '2026-11-07'],
    ['11/23/2026', '2026-11-23'],
  ])('reads %s as %s', (text, iso) => {
    expect(toIsoDate(text)).toBe(iso);
  });
});
