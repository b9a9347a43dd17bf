/**
 * Times the core on the malformed and extreme pages of test/security/extreme-pages.ts: parse
 * (jsdom), plain Readability on a clone (for scale: jsdom itself is slow on huge trees) and extraction
 * separately, and the outcome. The core's budget is 5 s for the worst page.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../src/core/index.ts';
import { EXTREME_PAGES } from '../../test/security/extreme-pages.ts';

const BUDGET_MS = 5_000;
const PAGE_URL = 'https://canal.example/news/locks';
const quiet = new VirtualConsole();

/** Plain Readability, which may throw on trees it cannot walk (the core answers those with a failure). */
function plainReadability(doc: Document): void {
  try {
    new Readability(doc.cloneNode(true) as Document).parse();
  } catch {
    return;
  }
}

const rows: string[] = [];
let worst = { name: '', ms: 0 };
for (const page of EXTREME_PAGES) {
  const start = performance.now();
  const dom = new JSDOM(page.html, { url: PAGE_URL, contentType: page.contentType, virtualConsole: quiet });
  const parsed = performance.now();
  const result = extractArticle(dom.window.document, { url: PAGE_URL });
  const extracted = performance.now() - parsed;
  const plainStart = performance.now();
  plainReadability(dom.window.document);
  const plain = performance.now() - plainStart;
  const outcome = result.ok ? `article, ${result.article.wordCount} words` : `${result.failure.code}: ${result.failure.message}`;
  rows.push(`${page.name.padEnd(36)} ${(page.html.length / 1024).toFixed(0).padStart(7)} KB ${(parsed - start).toFixed(0).padStart(7)} ms ${plain.toFixed(0).padStart(7)} ms ${extracted.toFixed(0).padStart(7)} ms  ${outcome}`);
  if (extracted > worst.ms) worst = { name: page.name, ms: extracted };
}
process.stdout.write(`${'page'.padEnd(36)} ${'size'.padStart(10)} ${'parse'.padStart(10)} ${'readability'.padStart(10)} ${'core'.padStart(10)}  outcome\n${rows.join('\n')}\n`);
process.stdout.write(`\nworst core time: ${worst.ms.toFixed(0)} ms (${worst.name}); budget ${BUDGET_MS} ms; load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}\n`);
if (worst.ms > BUDGET_MS) process.exitCode = 1;
