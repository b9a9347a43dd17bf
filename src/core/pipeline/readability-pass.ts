import { Readability } from '@mozilla/readability';

/**
 * Readability's sieve, as its own flags (Readability 0.6.0, pinned): strip unlikely candidates (1),
 * weigh class names (2), clean conditionally (4). It drops one after another only when an article
 * comes out shorter than 500 characters, so a long page whose class names mislead it ("widget",
 * "hidden", "sidebar" on the story's own blocks) is read with all three on, and loses its body.
 */
export const SIEVE = {
  full: 7,
  withoutClassWeights: 5,
  withoutConditionalCleaning: 3,
  /** Where Readability's own loosening goes when its first two sieves find nothing. */
  withoutWeightsOrStripping: 4,
} as const;

export type Sieve = (typeof SIEVE)[keyof typeof SIEVE];

export type ReadabilityResult = NonNullable<ReturnType<Readability<Node>['parse']>>;

export interface Pass {
  parsed: ReadabilityResult;
  /** The sieve Readability found the article with: the one it was given, or a looser one. */
  sieve: number;
}

/** Runs Readability on `doc` (which it takes apart) with one sieve; null when it finds nothing. */
export function readabilityPass(doc: Document, sieve: Sieve): Pass | null {
  const reader = new Readability(doc, { keepClasses: true, serializer: (node: Node) => node, maxElemsToParse: 0 });
  if (sieve !== SIEVE.full) Reflect.set(reader, '_flags', sieve);
  const parsed = reader.parse();
  if (!parsed) return null;
  return { parsed, sieve: Reflect.get(reader, '_flags') as number };
}
