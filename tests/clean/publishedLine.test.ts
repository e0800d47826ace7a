import { describe, expect, it } from 'vitest';
import { readPublishedLine } from '../../src/clean/publishedLine.ts';

describe('readPublishedLine', () => {
  it('reads published, posted and updated lines', () => {
    expect(readPublishedLine('Published: 3 Feb. 2022, 09:15')).toEqual({ date: '2022-02-03', isUpdate: false });
    expect(readPublishedLine('Posted on March 4, 2022')).toEqual({ date: '2022-03-04', isUpdate: false });
    expect(readPublishedLine('Last updated: 2022-03-05 10:00')).toEqual({ date: '2022-03-05', isUpdate: true });
  });

  it('ignores sentences and lines without a dated year', () => {
    expect(readPublishedLine('Published reports on Monday said the talks had failed.')).toBeUndefined();
    expect(readPublishedLine('Published: yesterday')).toBeUndefined();
  });
});
