import { describe, expect, it } from 'vitest';
import { findInvalidUtf8, lineAndColumnOf } from '../../src/load/findInvalidUtf8.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('findInvalidUtf8', () => {
  it('accepts ASCII and multi-byte UTF-8 text', () => {
    expect(findInvalidUtf8(new TextEncoder().encode('plain, naïve, “quoted”, 한국어, 🙂'))).toBe(-1);
  });

  it('finds a stray Latin-1 byte where it is', () => {
    const text = new TextEncoder().encode('first line\nsecond ');
    const broken = new Uint8Array([...text, 0xe9, 0x41]);
    expect(findInvalidUtf8(broken)).toBe(text.length);
  });

  it('rejects truncated, overlong and surrogate sequences', () => {
    expect(findInvalidUtf8(bytes(0x41, 0xe2, 0x80))).toBe(1);
    expect(findInvalidUtf8(bytes(0xc0, 0xaf))).toBe(0);
    expect(findInvalidUtf8(bytes(0xe0, 0x80, 0xaf))).toBe(0);
    expect(findInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0);
    expect(findInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0);
  });

  it('agrees with the fatal TextDecoder on random bytes', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256;
    for (let round = 0; round < 300; round++) {
      const sample = Uint8Array.from({ length: 12 }, random);
      let decoderSaysValid = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(sample);
      } catch {
        decoderSaysValid = false;
      }
      expect(findInvalidUtf8(sample) === -1).toBe(decoderSaysValid);
    }
  });
});

describe('lineAndColumnOf', () => {
  it('counts lines and byte columns from 1', () => {
    const text = new TextEncoder().encode('ab\ncd\nefg');
    expect(lineAndColumnOf(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumnOf(text, 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumnOf(text, 8)).toEqual({ line: 3, column: 3 });
  });
});
