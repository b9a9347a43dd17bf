import { KEPT_PARTS, type KeptPart, type MoreParts } from '../reading/page-copy.ts';

/** Parts the popup has not taken after this long are dropped: it closed, or the reader left. */
const KEEP_MS = 60_000;

type Take = (index: number) => Promise<KeptPart | null>;
type Kept = Map<string, Take>;

/** The map of kept parts in this world, made by the first copy that needs one. */
function keptParts(): Kept {
  const kept: unknown = Reflect.get(globalThis, KEPT_PARTS);
  if (kept instanceof Map) return kept as Kept;
  const fresh: Kept = new Map();
  Reflect.set(globalThis, KEPT_PARTS, fresh);
  return fresh;
}

/**
 * Keeps the parts of a copy, once it is complete, in the content script's world, where the popup
 * takes them one injection at a time from `from` on (`takeKeptPart`), each once, and says how to
 * ask for them. A copy that failed hands out nothing.
 */
export function keepParts(complete: Promise<readonly string[]>, from: MoreParts['from']): MoreParts {
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const kept = keptParts();
  const left = complete.then(
    (parts) => parts.map((part, index): string | null => (index < from ? null : part)),
    () => [],
  );
  kept.set(id, async (index) => {
    const parts = await left;
    const html = parts[index];
    if (typeof html !== 'string') return null;
    parts[index] = null;
    if (parts.every((part) => part === null)) kept.delete(id);
    return { html, count: parts.length };
  });
  setTimeout(() => kept.delete(id), KEEP_MS);
  return { id, from };
}
