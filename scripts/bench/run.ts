import { loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../src/core/index.ts';
import { RULE_IDS, type RuleId } from '../../src/core/types.ts';
import { DEFAULT_BENCH_DIR, loadBench, type BenchPage } from './dataset.ts';
import { scorePage, summarise, type PageScore, type Summary } from './score.ts';

const quietConsole = new VirtualConsole();

function parse(page: BenchPage): Document {
  return new JSDOM(page.html, { url: page.url, virtualConsole: quietConsole }).window.document;
}

function readabilityText(doc: Document): string {
  return new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '';
}

function plainpageText(doc: Document, url: string, disabledRules: RuleId[] = []): string {
  const result = extractArticle(doc, { url, disabledRules });
  return result.ok ? result.article.text : '';
}

setFlagsFromString('--expose-gc');
/** A full collection before each timed run, so neither side pays for the other's garbage. */
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * `npm run bench` starts Node with V8's --single-threaded: compiling and garbage collection then
 * happen on the thread that asked for them, inside the timed run that caused them. With V8's
 * background threads, work one side started (optimising its functions, marking its garbage) went on
 * while the other side was timed and was charged to it: one clone of 463 elements measured 16–58
 * ms of CPU time, and the per-side figures could not be told apart from that noise.
 */
const SINGLE_THREADED = process.execArgv.includes('--single-threaded');

/** CPU time of this process in ms: the work itself, not the time other processes on the machine take. */
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function timed<T>(run: () => T): [T, number] {
  collectGarbage();
  const start = cpuMs();
  const value = run();
  return [value, cpuMs() - start];
}

const TARGET_MEDIAN = 1.1;
const TARGET_P95 = 1.3;

function load(): string {
  return loadavg().map((value) => value.toFixed(2)).join(' ');
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function line(name: string, s: Summary): string {
  return `${name}: F1 ${s.f1.toFixed(3)} precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)}`;
}

const args = process.argv.slice(2);
const dir = args.find((arg) => !arg.startsWith('--')) ?? DEFAULT_BENCH_DIR;
const verbose = args.includes('--pages');
const REPEAT = 9;
const loadBefore = load();
const pages = loadBench(dir);
const ours: PageScore[] = [];
const theirs: PageScore[] = [];
const ruleOff = new Map<RuleId, PageScore[]>(RULE_IDS.map((rule) => [rule, []]));
const ratios: number[] = [];
const oursMs: number[] = [];
const theirsMs: number[] = [];

for (const [index, page] of pages.entries()) {
  const doc = parse(page);
  const base = readabilityText(doc);
  const text = plainpageText(doc, page.url);
  // Each side is timed REPEAT times, alternating which goes first, and its fastest run counts:
  // the least disturbed measurement of the same work on the same document. Both sides clone the
  // document, as the product does.
  let baseMs = Infinity;
  let ms = Infinity;
  for (let run = 0; run < REPEAT; run += 1) {
    const oursFirst = (index + run) % 2 === 0;
    if (oursFirst) ms = Math.min(ms, timed(() => plainpageText(doc, page.url))[1]);
    baseMs = Math.min(baseMs, timed(() => readabilityText(doc))[1]);
    if (!oursFirst) ms = Math.min(ms, timed(() => plainpageText(doc, page.url))[1]);
  }
  oursMs.push(ms);
  theirsMs.push(baseMs);
  ratios.push(ms / baseMs);
  const score = scorePage(text, page.truth);
  ours.push(score);
  theirs.push(scorePage(base, page.truth));
  for (const rule of RULE_IDS) ruleOff.get(rule)?.push(scorePage(plainpageText(doc, page.url, [rule]), page.truth));
  if (verbose) {
    const base1 = theirs.at(-1);
    console.log(
      `${page.id.slice(0, 8)} P ${score.precision?.toFixed(3)} R ${score.recall?.toFixed(3)} | readability P ${base1?.precision?.toFixed(3)} R ${base1?.recall?.toFixed(3)} ${page.url}`,
    );
  }
  doc.defaultView?.close();
  // jsdom frees a window only after its pending load jobs ran: give them a turn of the event loop,
  // or every page of the run stays in memory and each full collection above gets slower.
  await new Promise((resolve) => setImmediate(resolve));
}

const mine = summarise(ours);
const base = summarise(theirs);
console.log(`pages: ${pages.length} from ${dir}`);
console.log('rule contributions (score with the rule off; delta = on − off):');
for (const [rule, scores] of ruleOff) {
  const off = summarise(scores);
  console.log(`  ${rule.padEnd(15)} F1 ${off.f1.toFixed(4)} (delta ${(mine.f1 - off.f1 >= 0 ? '+' : '')}${(mine.f1 - off.f1).toFixed(4)})`);
}
console.log(`accuracy: plainpage ${mine.accuracy.toFixed(3)}, readability ${base.accuracy.toFixed(3)}`);
console.log(
  `time per page (ms): plainpage median ${percentile(oursMs, 50).toFixed(1)} p95 ${percentile(oursMs, 95).toFixed(1)}; readability median ${percentile(theirsMs, 50).toFixed(1)} p95 ${percentile(theirsMs, 95).toFixed(1)}`,
);
console.log(line('plainpage', mine));
console.log(line('readability', base));
console.log(`load average: ${loadBefore} before, ${load()} after (CPU time, fastest of ${REPEAT} runs per side${SINGLE_THREADED ? ', V8 single-threaded' : '; V8 background threads on: start with node --single-threaded for clean figures'})`);
console.log(
  `time ratio plainpage/readability: median ${percentile(ratios, 50).toFixed(2)} (target ${TARGET_MEDIAN.toFixed(2)}), p95 ${percentile(ratios, 95).toFixed(2)} (target ${TARGET_P95.toFixed(2)})`,
);
