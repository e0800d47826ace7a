import { describe, expect, it } from 'vitest';
import { isAdMarker, isNavigationLine, isPriceTicker, isSharePrompt, isStandaloneLabel, isTagLine, isViewCounter } from '../../src/clean/chromeLines.ts';

describe('chrome lines', () => {
  it('recognises ad markers, whole-line only', () => {
    expect(isAdMarker('ARTICLE AD BOX')).toBe(true);
    expect(isAdMarker('Advertisement')).toBe(true);
    expect(isAdMarker('The advertisement ran for a week.')).toBe(false);
  });

  it('recognises view counters', () => {
    for (const text of ['• 3054 views', '12 comments', '1.2K shares', '· 87 reads']) expect(isViewCounter(text)).toBe(true);
    expect(isViewCounter('About 3054 people viewed the parade.')).toBe(false);
  });

  it('recognises price tickers', () => {
    for (const text of ['$41.750.06', 'USD 41.75 ▲0.3%', 'EUR/UAH 45.12 −0.10', '€ 1,204.70']) expect(isPriceTicker(text)).toBe(true);
    for (const text of ['Prices rose by 3%.', 'Details', 'In 1953 the war ended.']) expect(isPriceTicker(text)).toBe(false);
  });

  it('recognises standalone section labels', () => {
    for (const text of ['Details', 'Context', 'Comments', 'Read more:', 'Related articles']) expect(isStandaloneLabel(text)).toBe(true);
    expect(isStandaloneLabel('Details of the plan were not released.')).toBe(false);
  });

  it('recognises short share and follow prompts but not long prose', () => {
    expect(isSharePrompt('Follow us on Telegram for the latest updates')).toBe(true);
    expect(isSharePrompt('Share this article')).toBe(true);
    expect(isSharePrompt('Subscribe to our newsletter')).toBe(true);
    expect(isSharePrompt('Copyright 2031 The Daily Courier. All rights reserved.')).toBe(true);
    expect(isSharePrompt('Follow the money, the auditor told the committee, and you will find that the contracts were signed before the tender closed and before anyone had checked the numbers.')).toBe(false);
  });

  it('recognises tag and category lines', () => {
    expect(isTagLine('Tags: Fishing, Harbours, Weather')).toBe(true);
    expect(isTagLine('Filed under World News')).toBe(true);
    expect(isTagLine('Topics were not discussed at the meeting.')).toBe(false);
  });

  it('recognises navigation and breadcrumb lines', () => {
    expect(isNavigationLine('Home | World | Business')).toBe(true);
    expect(isNavigationLine('News › Europe › Portugal')).toBe(true);
    expect(isNavigationLine('The vote was 12 | 7 | 3, the clerk said.')).toBe(false);
    expect(isNavigationLine('Rain, then sun')).toBe(false);
  });
});
