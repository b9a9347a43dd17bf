/**
 * `npm run bench`: Plainpage as it ships (the CLI's reading, which the popup shares) against plain
 * Readability and Readability with one line break per block, on the two public development corpora.
 * Prints per corpus the lines scripts read, failures by code, per page type (wcxb-dev), what each
 * rule contributes, the worst pages, and the time ratio against Readability.
 * Options: --bench-dir DIR (or PLAINPAGE_BENCH_DIR), --only zyte-dev|wcxb-dev, --worst N,
 * --no-rules (skip the per-rule runs), --no-time, --debug (stacks of unexpected failures).
 */
import { loadavg } from 'node:os';
import { RULE_IDS, type RuleId } from '../../src/core/index.ts';
import { CORPORA, WHERE_TO_GET, benchDir, loadCorpus, type CorpusName, type CorpusPage } from './corpora.ts';
import { pageHtml, plainpage, readability, type Extraction } from './extractors.ts';
import { scorePage, summarise, type PageScore } from './score-zyte.ts';
import { scoreWcxbPage, summariseWcxb, type WcxbPageScore } from './score-wcxb.ts';
import { REPEAT, SINGLE_THREADED, percentile, timePage } from './timing.ts';

const EXTRACTORS = ['plainpage', 'readability', 'readability-blocks'] as const;
type ExtractorName = (typeof EXTRACTORS)[number];

const TARGET_MEDIAN = 1.1;
const TARGET_P95 = 1.3;

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const only = option('--only');
const worstCount = Number(option('--worst') ?? 10);
const withRules = !args.includes('--no-rules');
const withTime = !args.includes('--no-time');
const debug = args.includes('--debug');

interface PageResult {
  page: CorpusPage;
  texts: Record<ExtractorName, Extraction>;
  ruleOff: Map<RuleId, string>;
}

/** How many of the pages with the highest time ratios the bench names. */
const SLOWEST_SHOWN = 8;

const fmt = (value: number): string => value.toFixed(3);
const load = (): string => loadavg().map((value) => value.toFixed(2)).join(' ');

interface Times {
  ours: number[];
  theirs: number[];
  ids: string[];
}

async function readCorpus(pages: CorpusPage[], times: Times | null): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const [index, page] of pages.entries()) {
    const html = await pageHtml(page);
    const base = readability(html);
    const texts = { plainpage: await plainpage(page), readability: base.plain, 'readability-blocks': base.blocks };
    const ruleOff = new Map<RuleId, string>();
    if (withRules) for (const rule of RULE_IDS) ruleOff.set(rule, (await plainpage(page, [rule])).text);
    if (times) {
      const { plainpage: ours, readability: theirs } = await timePage(page.url, html, index);
      times.ours.push(ours);
      times.theirs.push(theirs);
      times.ids.push(page.id);
    }
    results.push({ page, texts, ruleOff });
    // jsdom frees a window only after its pending jobs ran: give them a turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return results;
}

function failureLine(corpus: CorpusName, results: PageResult[]): string {
  const byCode = new Map<string, string[]>();
  for (const { page, texts } of results) {
    const failure = texts.plainpage.failure;
    if (failure) byCode.set(failure.code, [...(byCode.get(failure.code) ?? []), page.id]);
  }
  const parts = [...byCode].map(([code, ids]) => `${code} ${String(ids.length)} (${ids.join(' ')})`);
  return `${corpus} plainpage failures by code: ${parts.length > 0 ? parts.join('; ') : 'none'}`;
}

function printDebug(results: PageResult[]): void {
  for (const { page, texts } of results) {
    const detail = texts.plainpage.failure?.detail;
    if (detail) console.log(`${page.corpus} ${page.id}: ${detail}`);
  }
}

function failures(results: PageResult[], name: ExtractorName): number {
  return results.filter((result) => result.texts[name].failure !== null).length;
}

/** zyte-dev: shingle F1 (its README), rule contributions, worst pages. */
function reportZyte(results: PageResult[]): void {
  const scores = (text: (result: PageResult) => string): PageScore[] => results.map((result) => scorePage(text(result), result.page.truth));
  for (const name of EXTRACTORS) {
    const s = summarise(scores((result) => result.texts[name].text));
    console.log(`zyte-dev ${name}: F1 ${fmt(s.f1)} precision ${fmt(s.precision)} recall ${fmt(s.recall)} failures ${String(failures(results, name))}`);
  }
  const ours = summarise(scores((result) => result.texts.plainpage.text));
  if (withRules) {
    console.log('zyte-dev rule contributions (F1 with the rule on minus off):');
    for (const rule of RULE_IDS) {
      const off = summarise(scores((result) => result.ruleOff.get(rule) ?? ''));
      console.log(`  ${rule.padEnd(15)} ${signed(ours.f1 - off.f1)}  (precision ${signed(ours.precision - off.precision)}, recall ${signed(ours.recall - off.recall)})`);
    }
  }
  const perPage = scores((result) => result.texts.plainpage.text).map((score, index) => ({ score, result: results[index] }));
  const f1 = ({ precision, recall }: PageScore): number => (precision === null || recall === null || precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall));
  printWorst('zyte-dev', perPage.map(({ score, result }) => ({ f1: f1(score), detail: `P ${fmt(score.precision ?? 0)} R ${fmt(score.recall ?? 0)}`, result })));
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(4)}`;
}

function wcxbScores(results: PageResult[], text: (result: PageResult) => string): WcxbPageScore[] {
  return results.map((result) => scoreWcxbPage(text(result), result.page.truth, result.page.with, result.page.without));
}

/** wcxb-dev: word F1, with/without snippets, per page type, rule contributions, worst pages. */
function reportWcxb(results: PageResult[]): void {
  for (const name of EXTRACTORS) {
    const s = summariseWcxb(wcxbScores(results, (result) => result.texts[name].text));
    console.log(`wcxb-dev ${name}: F1 ${fmt(s.f1)} precision ${fmt(s.precision)} recall ${fmt(s.recall)} failures ${String(failures(results, name))} with ${fmt(s.with)} without ${fmt(s.without)}`);
  }
  const types = [...new Set(results.map((result) => result.page.pageType))];
  for (const type of types) {
    const ofType = results.filter((result) => result.page.pageType === type);
    const cells = EXTRACTORS.map((name) => {
      const s = summariseWcxb(wcxbScores(ofType, (result) => result.texts[name].text));
      return `${name} F1 ${fmt(s.f1)} with ${fmt(s.with)} without ${fmt(s.without)}`;
    });
    console.log(`wcxb-dev ${type} (${String(ofType.length)}): ${cells.join(' | ')}`);
  }
  const ours = summariseWcxb(wcxbScores(results, (result) => result.texts.plainpage.text));
  if (withRules) {
    console.log('wcxb-dev rule contributions (with the rule on minus off; without: lower is better):');
    for (const rule of RULE_IDS) {
      const off = summariseWcxb(wcxbScores(results, (result) => result.ruleOff.get(rule) ?? ''));
      console.log(`  ${rule.padEnd(15)} F1 ${signed(ours.f1 - off.f1)} with ${signed(ours.with - off.with)} without ${signed(ours.without - off.without)}`);
    }
  }
  const scores = wcxbScores(results, (result) => result.texts.plainpage.text);
  printWorst('wcxb-dev', scores.map((score, index) => ({ f1: score.f1, detail: `P ${fmt(score.precision)} R ${fmt(score.recall)} without ${score.without === null ? '-' : fmt(score.without)}`, result: results[index] })));
}

function printWorst(corpus: CorpusName, rows: { f1: number; detail: string; result: PageResult | undefined }[]): void {
  if (worstCount <= 0) return;
  console.log(`${corpus} worst ${String(worstCount)} pages (plainpage F1):`);
  for (const { f1, detail, result } of [...rows].sort((a, b) => a.f1 - b.f1).slice(0, worstCount)) {
    if (!result) continue;
    const failure = result.texts.plainpage.failure;
    console.log(`  ${result.page.id.slice(0, 12).padEnd(12)} ${result.page.pageType.padEnd(13)} F1 ${fmt(f1)} ${detail}${failure ? ` [${failure.code}]` : ''} ${result.page.url}`);
  }
}

async function main(): Promise<void> {
  const dir = benchDir(args);
  const loadBefore = load();
  const corpora = CORPORA.filter((name) => only === undefined || only === name).map((name) => [name, loadCorpus(dir, name)] as const);
  const missing = corpora.filter(([, pages]) => pages === null).map(([name]) => name);
  if (missing.length > 0) {
    console.error(`npm run bench: ${missing.join(' and ')} not found in ${dir}.\n\n${WHERE_TO_GET}`);
    process.exitCode = 1;
    return;
  }
  const times: Times = { ours: [], theirs: [], ids: [] };
  for (const [name, pages] of corpora) {
    if (!pages) continue;
    console.log(`${name}: ${String(pages.length)} pages from ${dir}/${name}`);
    // Time is measured on the news pages of zyte-dev, as the speed targets are set on them.
    const results = await readCorpus(pages, withTime && name === 'zyte-dev' ? times : null);
    if (name === 'zyte-dev') reportZyte(results);
    else reportWcxb(results);
    console.log(failureLine(name, results));
    if (debug) printDebug(results);
  }
  if (times.ours.length === 0) return;
  const ratios = times.ours.map((ours, index) => ours / (times.theirs[index] ?? ours));
  console.log(`time per page on zyte-dev (CPU ms, page already parsed, fastest of ${String(REPEAT)} runs per side${SINGLE_THREADED ? ', V8 single-threaded' : '; start Node with --single-threaded for clean figures'}): plainpage median ${percentile(times.ours, 50).toFixed(1)} p95 ${percentile(times.ours, 95).toFixed(1)}; readability median ${percentile(times.theirs, 50).toFixed(1)} p95 ${percentile(times.theirs, 95).toFixed(1)}; load average ${loadBefore} before, ${load()} after`);
  console.log(`time ratio plainpage/readability: median ${percentile(ratios, 50).toFixed(2)} (target ${TARGET_MEDIAN.toFixed(2)}), p95 ${percentile(ratios, 95).toFixed(2)} (target ${TARGET_P95.toFixed(2)})`);
  console.log(`highest ratios (the p95 is the ${ordinal(ratios.length - Math.floor(0.95 * ratios.length))} highest): ${slowest(times, ratios)}`);
}

function ordinal(n: number): string {
  return `${String(n)}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;
}

/** The pages that set the tail: id, ratio, and each side's milliseconds. */
function slowest(times: Times, ratios: readonly number[]): string {
  const order = ratios.map((ratio, index) => ({ ratio, index })).sort((a, b) => b.ratio - a.ratio).slice(0, SLOWEST_SHOWN);
  return order.map(({ ratio, index }) => `${(times.ids[index] ?? '').slice(0, 8)} ${ratio.toFixed(2)} (${(times.ours[index] ?? 0).toFixed(0)}/${(times.theirs[index] ?? 0).toFixed(0)} ms)`).join(', ');
}

await main();
