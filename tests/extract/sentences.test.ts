import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences.ts';

describe('splitSentences', () => {
  it('splits on full stops but not after abbreviations and initials', () => {
    const sentences = splitSentences(['The U.S. envoy met Mr. Haldane and Lorna Sta. Maria on Jan. 4 in Vienna. Talks resumed the next day.']);
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'The U.S. envoy met Mr. Haldane and Lorna Sta. Maria on Jan. 4 in Vienna.',
      'Talks resumed the next day.',
    ]);
  });

  it('does not split after an abbreviated rank of wire style ("Maj. Gen.", "Brig. Gen.", "Adm.")', () => {
    const sentences = splitSentences(['The force’s commander, Maj. Gen. Kofi Mensah, met Brig. Gen. Ama Owusu and Adm. Yaw Boateng. Talks resumed.']);
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'The force’s commander, Maj. Gen. Kofi Mensah, met Brig. Gen. Ama Owusu and Adm. Yaw Boateng.',
      'Talks resumed.',
    ]);
  });

  it('ends a sentence after a closing quotation mark and keeps paragraph numbers', () => {
    const sentences = splitSentences(['“We will not move,” she said. “Not today.”', 'A second paragraph.']);
    expect(sentences.map((sentence) => [sentence.paragraph, sentence.text])).toEqual([
      [0, '“We will not move,” she said.'],
      [0, '“Not today.”'],
      [1, 'A second paragraph.'],
    ]);
    expect(sentences.map((sentence) => sentence.index)).toEqual([0, 1, 2]);
  });
});
