import { describe, expect, it } from 'vitest';
import { scorePage, summarise, tokenize } from '../../scripts/bench/score-zyte.ts';

describe('benchmark scoring', () => {
  it('tokenises runs of word characters in any script', () => {
    expect(tokenize('interview—Mr. Ōtani, 2026: 新闻')).toEqual(['interview', 'Mr', 'Ōtani', '2026', '新闻']);
  });

  it('scores identical texts 1 and a glued word as a miss', () => {
    expect(scorePage('one two three four five', 'one two three four five')).toEqual({ precision: 1, recall: 1, exact: true });
    const glued = scorePage('one two threefour five six', 'one two three four five six');
    expect(glued.precision).toBe(0);
    expect(glued.exact).toBe(false);
  });

  it('counts surplus shingles against precision only', () => {
    const score = scorePage('a b c d e f g h', 'a b c d');
    expect(score.recall).toBe(1);
    expect(score.precision).toBeCloseTo(1 / 5);
  });

  it('averages precision over pages that predicted something', () => {
    const summary = summarise([
      { precision: 1, recall: 1, exact: true },
      { precision: null, recall: 0, exact: false },
    ]);
    expect(summary.precision).toBe(1);
    expect(summary.recall).toBe(0.5);
    expect(summary.accuracy).toBe(0.5);
  });
});
