import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../src/extract/dates.ts';
import { extract } from '../support/articles.ts';

describe('resolveDate', () => {
  it('resolves weekdays and months against the article date, preferring the past', () => {
    expect(resolveDate('said at a briefing on Monday', '2026-03-04')).toBe('2026-03-02');
    expect(resolveDate('the deal reached in June', '2026-03-04')).toBe('2025-06');
    expect(resolveDate('the talks on February 27', '2026-03-04')).toBe('2026-02-27');
  });

  it('resolves seasons, which the date grammar does not know', () => {
    expect(resolveDate('troops arrived last fall', '2026-03-04')).toBe('2025-09');
    expect(resolveDate('in the spring of 2024', '2026-03-04')).toBe('2024-03');
  });

  it('leaves relative dates unresolved when the article has no date, but keeps dates that state their year', () => {
    expect(resolveDate('said on Monday')).toBeUndefined();
    expect(resolveDate('signed on 3 May 2021')).toBe('2021-05-03');
    expect(resolveDate('no time expression here')).toBeUndefined();
  });

  it('prefers a day that has happened to one ahead named first', () => {
    expect(resolveDate('Tarn will vote on 20 March next year, after parliament approved the question late on Wednesday.', '2026-11-12')).toBe('2026-11-11');
    expect(resolveDate('Tarn will vote on 20 March next year.', '2026-11-12')).toBe('2027-03-20');
  });

  it('reads a weekday after a future tense as the next one', () => {
    expect(resolveDate('talks will continue on Monday', '2026-03-04')).toBe('2026-03-09');
  });

  it('reads a month and day after a future tense as ahead, and past otherwise', () => {
    expect(resolveDate('the minister said the duties would take effect on March 15 unless the talks failed', '2026-02-27')).toBe('2026-03-15');
    expect(resolveDate('the duties took effect on March 15', '2026-02-27')).toBe('2025-03-15');
  });

  it('prefers a day named later in the sentence to a month named first', () => {
    expect(resolveDate('Five days after it was signed, the August truce in the hills came under strain on Thursday as both sides traded blame.', '2026-08-14')).toBe('2026-08-13');
    expect(resolveDate('The August truce held.', '2026-08-14')).toBe('2026-08');
  });
});

describe('statement dates', () => {
  it('dates a statement by the day its lead names when its own sentences name none', () => {
    const { statements } = extract([
      'Chile launched a weather satellite on Thursday morning, the space agency said.',
      'The satellite weighs 300 kilograms. It carries four cameras. It will map glaciers. It was built in Santiago. Its orbit is polar. It cost $40 million. Tests ran for two years.',
      '“It went perfectly,” said mission chief Rosa Vidal.',
    ], '2026-10-30');
    expect(statements.find((statement) => statement.text.includes('went perfectly'))?.date).toBe('2026-10-29');
  });

  it('dates what was said by the day of the saying, not a day inside what it reports after "that"', () => {
    const { statements } = extract([
      'Tarn accused Velo on Wednesday of moving troops across the river.',
      "Tarn's foreign minister, Ana Ruiz, told reporters that the soldiers had set up a camp near the ford late Monday and had stopped two boats.",
      '"This is an armed incursion into our territory, and we will treat it as such," Ruiz said.',
    ], '2026-11-05');
    expect(statements.find((statement) => statement.text.includes('set up a camp'))?.date).toBe('2026-11-04');
    expect(statements.find((statement) => statement.text.includes('armed incursion'))?.date).toBe('2026-11-04');
  });

  it('dates reported speech without "that" by the day of the saying too', () => {
    const { statements } = extract([
      'Tarn summoned Velo\'s ambassador on Wednesday after its patrol boats were stopped.',
      "Tarn's foreign minister, Ana Ruiz, said the boats had been fishing near the ford on Sunday when they were taken.",
      '"These are fishermen, not spies," Ruiz told reporters. "We want them home."',
    ], '2026-11-05');
    expect(statements.find((statement) => statement.text.includes('fishing near the ford'))?.date).toBe('2026-11-04');
    expect(statements.find((statement) => statement.text.includes('not spies'))?.date).toBe('2026-11-04');
  });

  it('keeps the day of a closing "according to a statement released on …", which tells when it was said', () => {
    const { statements } = extract([
      'Velo opened its border crossing on Monday.',
      "Tarn's Interior Ministry said its police had begun training 50 guards, according to a statement released on Wednesday.",
    ], '2026-11-05');
    expect(statements.find((statement) => statement.text.includes('training 50 guards'))?.date).toBe('2026-11-04');
  });
});
