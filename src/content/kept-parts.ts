import { KEPT_PARTS, type MoreParts } from '../reading/page-copy.ts';

/** Parts the popup has not taken after this long are dropped: it closed, or the reader left. */
const KEEP_MS = 60_000;

type Kept = Map<string, (string | null)[]>;

/** The map of kept parts in this world, made by the first copy that needs one. */
function keptParts(): Kept {
  const kept: unknown = Reflect.get(globalThis, KEPT_PARTS);
  if (kept instanceof Map) return kept as Kept;
  const fresh: Kept = new Map();
  Reflect.set(globalThis, KEPT_PARTS, fresh);
  return fresh;
}

/**
 * Keeps every part of a copy but the first in the content script's world, where the popup takes
 * them one injection at a time (`takeKeptPart`), and says how to ask for them.
 */
export function keepParts(parts: readonly string[]): MoreParts {
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const kept = keptParts();
  kept.set(id, parts.slice(1));
  setTimeout(() => kept.delete(id), KEEP_MS);
  return { id, count: parts.length - 1 };
}
