import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The seed page of the product brief, as the fixture server serves it. */
export const SEED_PATH = '/pages/seed-news-page/source.html';

/** What a reader must get from the seed page (test/fixtures/seed-news-page/expected.json). */
export const seedExpected = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/seed-news-page/expected.json'), 'utf8')) as {
  title: string;
  paragraphs: string[];
  absent: string[];
};
