import { describe, expect, it } from 'vitest';
import { matchNodesToGold } from '../../src/eval/matchNodes.ts';
import { scoreStatements } from '../../src/eval/scoreStatements.ts';
import { GraphBuilder, syntheticGold } from './syntheticGold.ts';

function score(build: (g: GraphBuilder) => void) {
  const gold = syntheticGold();
  const g = new GraphBuilder();
  build(g);
  return scoreStatements(g.graph, gold, matchNodesToGold(g.graph, gold));
}

describe('scoreStatements', () => {
  it('finds key phrases inside longer quotes, with any allowed speaker', () => {
    const scores = score((g) => {
      g.statement('"But the tide turns for no one," he said', g.node('Government', 'Norland Ministry of Tides'));
      g.statement('We will NOT sign this.', g.node('Government', 'Port Lira'));
    });
    expect(scores).toMatchObject({ gold: 2, predicted: 2, textFound: 2, attributed: 2, textRecall: 1, attributionRecall: 1, precision: 1 });
  });

  it('separates text found from attribution, and lists who spoke instead', () => {
    const scores = score((g) => {
      g.statement('the tide turns for no one', g.node('Government', 'Southmark'));
      g.statement('an unrelated remark', g.node('Person', 'Park'));
    });
    expect(scores.textRecall).toBe(0.5);
    expect(scores.attributionRecall).toBe(0);
    expect(scores.precision).toBe(0.5);
    expect(scores.misattributed).toEqual([expect.objectContaining({ key: 'the tide turns for no one', predictedSpeakers: ['Southmark'] })]);
    expect(scores.missed.map((statement) => statement.key)).toEqual(['we will not sign']);
    expect(scores.unmatched).toEqual([expect.objectContaining({ text: 'an unrelated remark', speakers: ['Park'] })]);
  });

  it('takes the speaker from the SAID edge or from the speaker attribute', () => {
    const scores = score((g) => {
      const park = g.node('Person', 'Jae-hun Park');
      g.node('Statement', 'quote', [], { text: 'The tide turns for no one.', speaker: park });
    });
    expect(scores.attributed).toBe(1);
  });

  it('checks the date of dated gold statements against the statements that contain the key', () => {
    const right = score((g) => g.node('Statement', 'q', [], { text: 'We will not sign.', date: '2026-01-05' }));
    expect(right).toMatchObject({ dated: 1, datedRight: 1, dateRecall: 1, wrongDates: [] });
    const wrong = score((g) => g.node('Statement', 'q', [], { text: 'We will not sign.', date: '2026-01-04' }));
    expect(wrong).toMatchObject({ dated: 1, datedRight: 0, dateRecall: 0 });
    expect(wrong.wrongDates).toEqual([{ key: 'we will not sign', date: '2026-01-05', predictedDates: ['2026-01-04'] }]);
    const undated = score((g) => g.statement('We will not sign.'));
    expect(undated.wrongDates[0]!.predictedDates).toEqual(['none']);
    const missing = score(() => {});
    expect(missing.dateRecall).toBe(0);
    expect(missing.wrongDates).toEqual([]);
  });

  it('a statement without a speaker is found but not attributed', () => {
    const scores = score((g) => g.statement('we will not sign'));
    expect(scores.textFound).toBe(1);
    expect(scores.attributed).toBe(0);
    expect(scores.misattributed[0]!.predictedSpeakers).toEqual([]);
  });
});
