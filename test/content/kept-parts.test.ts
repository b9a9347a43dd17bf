import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepParts } from '../../src/content/kept-parts.ts';
import { KEPT_PARTS, takeKeptPart } from '../../src/reading/page-copy.ts';

describe('parts of a large copy kept for the popup', () => {
  afterEach(() => {
    vi.useRealTimers();
    Reflect.deleteProperty(globalThis, KEPT_PARTS);
  });

  it('keeps the parts from the first one to take, each taken once, in any order', async () => {
    const more = keepParts(Promise.resolve(['first', 'second', 'third']), 1);
    expect(more.from).toBe(1);
    expect(await takeKeptPart(KEPT_PARTS, more.id, 2)).toEqual({ html: 'third', count: 3 });
    expect(await takeKeptPart(KEPT_PARTS, more.id, 2)).toBeNull();
    expect(await takeKeptPart(KEPT_PARTS, more.id, 0)).toBeNull();
    expect(await takeKeptPart(KEPT_PARTS, more.id, 1)).toEqual({ html: 'second', count: 3 });
    expect(Reflect.get(globalThis, KEPT_PARTS)).toEqual(new Map());
  });

  it('hands out a copy still being taken once it is complete, from its first part', async () => {
    let complete: (parts: string[]) => void = () => undefined;
    const more = keepParts(new Promise((resolve) => { complete = resolve; }), 0);
    const first = takeKeptPart(KEPT_PARTS, more.id, 0);
    complete(['opening', 'rest']);
    expect(await first).toEqual({ html: 'opening', count: 2 });
    expect(await takeKeptPart(KEPT_PARTS, more.id, 1)).toEqual({ html: 'rest', count: 2 });
  });

  it('hands out nothing of a copy that failed', async () => {
    const more = keepParts(Promise.reject(new Error('the walk failed')), 0);
    expect(await takeKeptPart(KEPT_PARTS, more.id, 0)).toBeNull();
  });

  it('keeps two copies apart and answers null for a copy it does not hold', async () => {
    const older = keepParts(Promise.resolve(['a', 'older rest']), 1);
    const newer = keepParts(Promise.resolve(['b', 'newer rest']), 1);
    expect(newer.id).not.toBe(older.id);
    expect(await takeKeptPart(KEPT_PARTS, older.id, 1)).toEqual({ html: 'older rest', count: 2 });
    expect(await takeKeptPart(KEPT_PARTS, newer.id, 1)).toEqual({ html: 'newer rest', count: 2 });
    expect(takeKeptPart(KEPT_PARTS, 'no-such-copy', 0)).toBeNull();
    expect(takeKeptPart('noSuchGlobal', newer.id, 0)).toBeNull();
  });

  it('drops parts nobody came for after a minute', async () => {
    vi.useFakeTimers();
    const more = keepParts(Promise.resolve(['first', 'second']), 1);
    vi.advanceTimersByTime(59_000);
    const waiting = keepParts(Promise.resolve(['first', 'still here']), 1);
    vi.advanceTimersByTime(1_000);
    expect(takeKeptPart(KEPT_PARTS, more.id, 1)).toBeNull();
    expect(await takeKeptPart(KEPT_PARTS, waiting.id, 1)).toEqual({ html: 'still here', count: 2 });
  });
});
