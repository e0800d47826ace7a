import { describe, expect, it } from 'vitest';
import { readPublishedLine } from '../../src/clean/publishedLine.ts';

describe('readPublishedLine', () => {
  it('reads published, posted and updated lines', () => {
    expect(readPublishedLine('Published: 3 Feb. 2022, 09:15')).toEqual({ date: '2022-02-03', isUpdate: false });
    expect(readPublishedLine('Posted on March 4, 2022')).toEqual({ date: '2022-03-04', isUpdate: false });
    expect(readPublishedLine('Last updated: 2022-03-05 10:00')).toEqual({ date: '2022-03-05', isUpdate: true });
  });

  it('reads the date a byline carries after a separator, and none from a byline without one', () => {
    expect(readPublishedLine('By Ana Ruiz | November 23, 2026')).toEqual({ date: '2026-11-23', isUpdate: false });
    expect(readPublishedLine('By Ana Ruiz and Tom Lee · 3 min read · Nov. 23, 2026')).toEqual({ date: '2026-11-23', isUpdate: false });
    expect(readPublishedLine('By Ana Ruiz, Nov. 23, 2026')).toEqual({ date: '2026-11-23', isUpdate: false });
    expect(readPublishedLine('By Ana Ruiz, Reuters')).toBeUndefined();
    expect(readPublishedLine('12 November 2026, 09:41 GMT+2 | By Ana Ruiz')).toEqual({ date: '2026-11-12', isUpdate: false });
    expect(readPublishedLine('Story by Ana Ruiz • 12 November 2026')).toEqual({ date: '2026-11-12', isUpdate: false });
    expect(readPublishedLine('Ana Ruiz, Brussels correspondent — 12 November 2026')).toEqual({ date: '2026-11-12', isUpdate: false });
    expect(readPublishedLine('November 12, 2026 · 4 min read')).toEqual({ date: '2026-11-12', isUpdate: false });
  });

  it('reads a date written with dots as day, month, year', () => {
    expect(readPublishedLine('Published: 12.11.2026 09:41')).toEqual({ date: '2026-11-12', isUpdate: false });
  });

  it('reads a bare date line with time and update noise', () => {
    expect(readPublishedLine('March 3, 2024 / 10:42 AM / Updated 2 hours ago')).toEqual({ date: '2024-03-03', isUpdate: false });
    expect(readPublishedLine('March 3, 2024 Floods close the coast road')).toBeUndefined();
    expect(readPublishedLine('March 3, 2024 was the wettest day on record.')).toBeUndefined();
  });

  it('ignores sentences and lines without a dated year', () => {
    expect(readPublishedLine('Published reports on Monday said the talks had failed.')).toBeUndefined();
    expect(readPublishedLine('Published: yesterday')).toBeUndefined();
  });

  it('reads an "Issued on:" line with its modified time, the day first', () => {
    expect(readPublishedLine('Issued on: 07/11/2026 - 14:22 Modified: 07/11/2026 - 16:05')).toEqual({ date: '2026-11-07', isUpdate: false });
  });

  it('reads the city that opens a date line before a dash, and no city from a byline or a day', () => {
    expect(readPublishedLine('Port Louis — Saturday, 21 November 2026')).toEqual({ date: '2026-11-21', isUpdate: false, place: 'Port Louis' });
    expect(readPublishedLine('Saturday — 21 November 2026')).toEqual({ date: '2026-11-21', isUpdate: false });
    expect(readPublishedLine('By Ana Ruiz | November 23, 2026')).toEqual({ date: '2026-11-23', isUpdate: false });
  });
});
