import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepParts } from '../../src/content/kept-parts.ts';
import { KEPT_PARTS, takeKeptPart } from '../../src/reading/page-copy.ts';

describe('parts of a large copy kept for the popup', () => {
  afterEach(() => {
    vi.useRealTimers();
    Reflect.deleteProperty(globalThis, KEPT_PARTS);
  });

  it('keeps all but the first part, each taken once, in any order', () => {
    const more = keepParts(['first', 'second', 'third']);
    expect(more.count).toBe(2);
    expect(takeKeptPart(KEPT_PARTS, more.id, 1)).toBe('third');
    expect(takeKeptPart(KEPT_PARTS, more.id, 1)).toBeNull();
    expect(takeKeptPart(KEPT_PARTS, more.id, 0)).toBe('second');
    expect(Reflect.get(globalThis, KEPT_PARTS)).toEqual(new Map());
  });

  it('keeps two copies apart and answers null for a copy it does not hold', () => {
    const older = keepParts(['a', 'older rest']);
    const newer = keepParts(['b', 'newer rest']);
    expect(newer.id).not.toBe(older.id);
    expect(takeKeptPart(KEPT_PARTS, older.id, 0)).toBe('older rest');
    expect(takeKeptPart(KEPT_PARTS, newer.id, 0)).toBe('newer rest');
    expect(takeKeptPart(KEPT_PARTS, 'no-such-copy', 0)).toBeNull();
    expect(takeKeptPart('noSuchGlobal', newer.id, 0)).toBeNull();
  });

  it('drops parts nobody came for after a minute', () => {
    vi.useFakeTimers();
    const more = keepParts(['first', 'second']);
    vi.advanceTimersByTime(59_000);
    const waiting = keepParts(['first', 'still here']);
    vi.advanceTimersByTime(1_000);
    expect(takeKeptPart(KEPT_PARTS, more.id, 0)).toBeNull();
    expect(takeKeptPart(KEPT_PARTS, waiting.id, 0)).toBe('still here');
  });
});
