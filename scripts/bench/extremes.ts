/**
 * `npm run bench:extremes`: the malformed and extreme pages of test/security/extreme-pages.ts, each
 * read as the CLI reads a page (readCliCopy: Node's parse, the core, the sanitised record) in a
 * process of its own, timed against the budget of 5 s and beside plain Readability 0.6.0 on
 * jsdom's DOMParser (reading the page in Node with nothing of Plainpage's). The budget is on CPU
 * time, which other work on a shared machine does not inflate; wall time is printed beside it.
 * Exits 1 when a page is over the budget or gives another answer than the page expects.
 *
 * Options: --runs N reads each page N times and counts its fastest run (the load average is
 * printed beside each page); --no-readability leaves plain Readability out; --cap S stops any one
 * reading after S seconds (default 60).
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readCliCopy } from '../../src/cli/read-input.ts';
import { EXTREME_PAGES, type ExtremePage } from '../../test/security/extreme-pages.ts';

const BUDGET_MS = 5_000;
const PAGE_URL = 'https://canal.example/news/locks';
const SIDES = ['plainpage', 'readability'] as const;
type Side = (typeof SIDES)[number];

/** What one reading gave: an article's text, a refusal's code, or what it threw. */
type Answer = { text: string } | { failure: string } | { error: string };
/** A reading's wall-clock and CPU time in ms (null when it did not finish), and its answer. */
type Reading = { ms: number; cpuMs: number; answer: Answer } | { ms: null; cpuMs: null; answer: { error: string } };

function plainpageAnswer(page: ExtremePage): Answer {
  const copy = { url: PAGE_URL, contentType: page.contentType, html: page.html };
  const { record } = readCliCopy(page.name, { copy, addressFrom: 'option' });
  return 'error' in record ? { failure: record.error.code } : { text: record.text };
}

function readabilityAnswer(page: ExtremePage): Answer {
  const host = new JSDOM('', { virtualConsole: new VirtualConsole() });
  const doc = new host.window.DOMParser().parseFromString(page.html, page.contentType);
  const parsed = new Readability(doc).parse();
  return parsed ? { text: parsed.textContent ?? '' } : { failure: 'no-article' };
}

/** In the child process: one reading of one page, printed as JSON. */
function readOnce(side: Side, page: ExtremePage): void {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let answer: Answer;
  try {
    answer = side === 'plainpage' ? plainpageAnswer(page) : readabilityAnswer(page);
  } catch (error: unknown) {
    answer = { error: error instanceof Error ? error.name : String(error) };
  }
  const cpu = process.cpuUsage(cpuStart);
  process.stdout.write(JSON.stringify({ ms: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000, answer }));
}

function isReading(value: unknown): value is Reading {
  return typeof value === 'object' && value !== null && 'ms' in value && 'cpuMs' in value && 'answer' in value && typeof value.answer === 'object';
}

function failed(error: string): Reading {
  return { ms: null, cpuMs: null, answer: { error } };
}

function readInChild(side: Side, index: number, capSeconds: number): Reading {
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', side, String(index)], {
    encoding: 'utf8',
    timeout: capSeconds * 1000,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.signal !== null) return failed(`stopped after ${String(capSeconds)} s`);
  try {
    const reading: unknown = JSON.parse(child.stdout);
    if (isReading(reading)) return reading;
  } catch {
    // Reported below with the child's own last words.
  }
  return failed(`exit ${String(child.status)}: ${child.stderr.trim().split('\n').pop() ?? ''}`);
}

function isRight(page: ExtremePage, answer: Answer): boolean {
  if ('article' in page.expect) return 'text' in answer && answer.text.replace(/\s+/g, ' ').includes(page.expect.article);
  return 'failure' in answer && answer.failure === page.expect.failure;
}

function answerText(page: ExtremePage, answer: Answer): string {
  if ('error' in answer) return answer.error.startsWith('stopped') ? answer.error : `throws ${answer.error}`;
  if ('failure' in answer) return answer.failure;
  const words = answer.text.split(/\s+/).filter(Boolean).length;
  return `article, ${words.toLocaleString('en')} words${'article' in page.expect && !isRight(page, answer) ? ' without the sentence' : ''}`;
}

function seconds(ms: number | null): string {
  return ms === null ? '–' : `${(ms / 1000).toFixed(2)} s`;
}

function option(args: readonly string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} takes a positive number`);
  return value;
}

function load(): string {
  return loadavg().map((n) => n.toFixed(1)).join(' ');
}

/** The run that counts: the first wrong one, else the one with the least CPU time. */
function counted(page: ExtremePage, readings: readonly Reading[]): Reading {
  const wrong = readings.find((reading) => reading.cpuMs === null || !isRight(page, reading.answer));
  if (wrong) return wrong;
  return readings.reduce((best, reading) => ((reading.cpuMs ?? Infinity) < (best.cpuMs ?? Infinity) ? reading : best));
}

const COLUMNS = `${'page'.padEnd(50)} ${'size'.padStart(8)} ${'CPU'.padStart(8)} ${'wall'.padStart(8)}  ${'answer'.padEnd(34)} ${'load'.padEnd(13)} ${'Readability'.padStart(11)}  answer`;

function main(args: readonly string[]): number {
  const runs = option(args, '--runs', 1);
  const cap = option(args, '--cap', 60);
  const withReadability = !args.includes('--no-readability');
  process.stdout.write(
    `Each page read as the CLI reads it, in a process of its own; the fastest of ${String(runs)} run(s) counts.\n` +
      `Budget ${String(BUDGET_MS / 1000)} s of CPU time (what the reading costs however busy the machine; an idle machine takes no longer). ` +
      `Readability: plain Readability on jsdom's DOMParser, wall time. Load average ${load()}.\n\n${COLUMNS}\n`,
  );
  const failures: string[] = [];
  EXTREME_PAGES.forEach((page, index) => {
    const reading = counted(page, Array.from({ length: runs }, () => readInChild('plainpage', index, cap)));
    const loads = load();
    const right = reading.cpuMs !== null && isRight(page, reading.answer);
    const fast = reading.cpuMs !== null && reading.cpuMs <= BUDGET_MS;
    if (!right) failures.push(`${page.name}: ${answerText(page, reading.answer)}`);
    else if (!fast) failures.push(`${page.name}: ${seconds(reading.cpuMs)} of CPU time, over the budget`);
    const plain = withReadability ? readInChild('readability', index, cap) : null;
    const columns = [
      page.name.padEnd(50),
      `${(page.html.length / 1024).toFixed(0)} KB`.padStart(8),
      seconds(reading.cpuMs).padStart(8),
      seconds(reading.ms).padStart(8),
      ` ${right ? '' : 'WRONG '}${right && !fast ? 'SLOW ' : ''}${answerText(page, reading.answer)}`.padEnd(35),
      loads.padEnd(13),
      plain ? seconds(plain.ms).padStart(11) : '',
      plain ? ` ${answerText(page, plain.answer)}` : '',
    ];
    process.stdout.write(`${columns.join(' ').trimEnd()}\n`);
  });
  process.stdout.write(`\nLoad average ${load()}.\n`);
  if (failures.length === 0) {
    process.stdout.write(`Every page answered as it should within ${String(BUDGET_MS / 1000)} s.\n`);
    return 0;
  }
  process.stdout.write(`${String(failures.length)} page(s) failed:\n${failures.map((line) => `  ${line}`).join('\n')}\n`);
  return 1;
}

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) {
  const side = SIDES.find((name) => name === process.argv[childAt + 1]);
  const page = EXTREME_PAGES[Number(process.argv[childAt + 2])];
  if (side === undefined || page === undefined) throw new Error('--child takes a side and a page number');
  readOnce(side, page);
} else {
  process.exitCode = main(process.argv.slice(2));
}
