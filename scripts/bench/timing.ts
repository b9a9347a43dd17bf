import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Readability } from '@mozilla/readability';
import { CLI_REQUEST } from '../../src/cli/read-input.ts';
import type { ParseHtml } from '../../src/reading/parse-html.ts';
import { parseInNode } from '../../src/reading/parse-in-node.ts';
import { readPage } from '../../src/reading/read-page.ts';

setFlagsFromString('--expose-gc');
/** A full collection before each timed run, so neither side pays for the other's garbage. */
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * `npm run bench` starts Node with V8's --single-threaded: compiling and garbage collection then
 * happen on the thread that asked for them, inside the timed run that caused them. With V8's
 * background threads, work one side started went on while the other side was timed and was
 * charged to it (one clone of 463 elements measured 16–58 ms of CPU time).
 */
export const SINGLE_THREADED = process.execArgv.includes('--single-threaded');

/** Each side is timed this many times per page, alternating which goes first; its fastest run counts. */
export const REPEAT = 9;

/** CPU time of this process in ms: the work itself, not the time other processes on the machine take. */
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * The CPU time of `run` on a document parsed beforehand (parsing is the same work on both sides).
 * jsdom frees a closed window only after its pending jobs ran, so each run ends with a turn of the
 * event loop: without it the windows of all 18 runs of a page stay alive until the page is done,
 * and every later run is timed beside their garbage.
 */
async function timedOn(html: string, run: (doc: Document) => unknown): Promise<number> {
  const { doc, release } = parseInNode(html, 'text/html');
  collectGarbage();
  const start = cpuMs();
  run(doc);
  const ms = cpuMs() - start;
  release();
  await new Promise((resolve) => setImmediate(resolve));
  return ms;
}

/**
 * Plainpage's reading through its one entry point, handed the page already parsed. A page the core
 * reads a second time (a looser sieve, a narrowed reading) is parsed again, as the CLI and the popup
 * do, and that parse is timed: it is work Readability alone does not do.
 */
function plainpageRun(url: string, html: string): (doc: Document) => unknown {
  return (doc) => {
    let first: Document | null = doc;
    const parse: ParseHtml = (source, contentType) => {
      if (!first) return parseInNode(source, contentType);
      const given = first;
      first = null;
      return { doc: given, release: () => undefined };
    };
    return readPage({ url, contentType: 'text/html', html }, CLI_REQUEST, parse);
  };
}

function readabilityRun(doc: Document): unknown {
  return new Readability(doc).parse();
}

/** Fastest CPU time of each side on one page: the least disturbed measurement of the same work. */
export async function timePage(url: string, html: string, index: number): Promise<{ plainpage: number; readability: number }> {
  let ours = Infinity;
  let theirs = Infinity;
  for (let run = 0; run < REPEAT; run += 1) {
    const oursFirst = (index + run) % 2 === 0;
    if (oursFirst) ours = Math.min(ours, await timedOn(html, plainpageRun(url, html)));
    theirs = Math.min(theirs, await timedOn(html, readabilityRun));
    if (!oursFirst) ours = Math.min(ours, await timedOn(html, plainpageRun(url, html)));
  }
  return { plainpage: ours, readability: theirs };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
