import { describe, expect, it } from 'vitest';
import { f1, ratio } from '../../src/eval/ratio.ts';

describe('ratio and f1', () => {
  it('divides, and returns the stated value for an empty whole', () => {
    expect(ratio(1, 4, 0)).toBe(0.25);
    expect(ratio(0, 0, 1)).toBe(1);
    expect(ratio(0, 0, 0)).toBe(0);
  });
  it('takes the harmonic mean, 0 when both are 0', () => {
    expect(f1(1, 0.5)).toBeCloseTo(2 / 3);
    expect(f1(0, 0)).toBe(0);
  });
});
