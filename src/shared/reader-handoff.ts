import type { Article } from '../core/types.ts';
import { isArticle } from './article-shape.ts';
import { isRecord } from './settings-validate.ts';
import type { StorageAreaLike } from './settings-store.ts';

/**
 * The popup hands an article to a full-tab reader through `storage.session` (memory only, gone when
 * the browser closes, readable by extension pages only): the popup closes as the tab opens, so a
 * message would have no one to answer it. The tab's URL carries only the key.
 */
export interface ReaderHandoff {
  article: Article;
  /** Indexes into `article.removed` the reader had restored in the popup. */
  restored: number[];
  savedAt: number;
}

const PREFIX = 'reader:';
const KEEP = 20;
const ID = /^[a-z0-9-]{8,64}$/;

export function handoffIdFrom(search: string): string | null {
  const id = new URLSearchParams(search).get('id');
  return id && ID.test(id) ? id : null;
}

function isHandoff(value: unknown): value is ReaderHandoff {
  return (
    isRecord(value) &&
    isArticle(value.article) &&
    Array.isArray(value.restored) &&
    value.restored.every((i) => Number.isInteger(i)) &&
    typeof value.savedAt === 'number'
  );
}

function savedAt(value: unknown): number {
  return isRecord(value) && typeof value.savedAt === 'number' ? value.savedAt : 0;
}

/** Stores the article for a reader tab and returns its key; keeps only the latest few, or only it when space runs out. */
export async function saveHandoff(
  session: StorageAreaLike,
  article: Article,
  restored: readonly number[],
  id: string = crypto.randomUUID(),
  now: number = Date.now(),
): Promise<string> {
  const saved = Object.entries(await session.get(null))
    .filter(([key]) => key.startsWith(PREFIX))
    .sort(([, a], [, b]) => savedAt(b) - savedAt(a))
    .map(([key]) => key);
  if (saved.length >= KEEP) await session.remove(saved.slice(KEEP - 1));
  const item = { [PREFIX + id]: { article, restored: [...restored], savedAt: now } satisfies ReaderHandoff };
  try {
    await session.set(item);
  } catch {
    await session.remove(saved);
    await session.set(item);
  }
  return id;
}

export async function loadHandoff(session: StorageAreaLike, id: string): Promise<ReaderHandoff | null> {
  const value = (await session.get(PREFIX + id))[PREFIX + id];
  return isHandoff(value) ? value : null;
}
