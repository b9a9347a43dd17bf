import { describe, expect, it } from 'vitest';
import { columnsOf, measureSample } from '../../src/view/column-measure.ts';

describe('column measure', () => {
  it('counts a Chinese or Japanese character as two columns and a letter as one', () => {
    expect(columnsOf('Lesen')).toBe(5);
    expect(columnsOf('阅读时间')).toBe(8);
    expect(columnsOf('読む、AI。')).toBe(10);
    expect(columnsOf('قراءة')).toBe(5);
    // A letter and its vowel mark are one character: كَتَبَ is three letters.
    expect(columnsOf('كَتَبَ')).toBe(3);
  });

  it('measures the opening of the text on one line, whole characters only', () => {
    expect(measureSample('  First line.\n\nSecond\tline.  ')).toBe('First line. Second line.');
    expect(measureSample('👍🏽'.repeat(700))).toBe('👍🏽'.repeat(600));
  });
});
