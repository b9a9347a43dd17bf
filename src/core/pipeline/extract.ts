import { cleanArticle } from '../rules/clean-article.ts';
import { RemovalLog } from '../rules/removal-log.ts';
import type { ExtractOptions, ExtractResult, RuleId } from '../types.ts';
import { blankToNull, buildArticle } from './build-article.ts';
import { authorOf } from './byline.ts';
import { failure, readGuarded } from './guards.ts';
import { readPageFacts, type PageFacts } from './page-facts.ts';
import { proseLength } from './prose.ts';
import { prepareClone } from './prepare.ts';
import { readabilityPass, SIEVE, type ReadabilityResult, type Sieve } from './readability-pass.ts';
import { chooseTitle } from './title.ts';
import { narrowToContainer } from './container-reading.ts';
import { pageBlocks, restoreMissedOpening, type PageBlocks } from './missed-opening.ts';

/**
 * Extracts the main article of `doc` and removes what Readability leaves behind. Works on any DOM
 * Document. `doc` is left as it was, unless the caller hands it over with `consumeDocument`.
 */
export function extractArticle(doc: Document, options: ExtractOptions): ExtractResult {
  return readGuarded(doc, options, () => extractChecked(doc, options));
}

/** What one pass of Readability found, and what the preparation removed on the way. */
interface Reading {
  parsed: ReadabilityResult;
  root: Element;
  log: RemovalLog;
  /** The sieve Readability read it with (it loosens the one it is given when that finds nothing). */
  sieve: number;
  /** Characters Readability's conditional cleaning took out of it. */
  cleanedConditionally: number;
  /** The headings and paragraphs of the page it read, before it read them. */
  blocks: PageBlocks;
}

/** Narrows a prepared copy before Readability reads it; false when there is nothing to read that way. */
type Narrowing = (prepared: Document) => boolean;

function readOnce(doc: Document, options: ExtractOptions, disabled: ReadonlySet<RuleId>, sieve: Sieve, narrow?: Narrowing): Reading | null {
  const log = new RemovalLog(options.keepRemovalSlots === true);
  const prepared = prepareClone(doc, options, disabled, log);
  if (narrow && !narrow(prepared)) return null;
  const blocks = pageBlocks(prepared);
  const pass = readabilityPass(prepared, sieve, options.url);
  const root = pass?.parsed.content;
  return pass && root?.nodeType === 1 ? { ...pass, root: root as Element, log, blocks } : null;
}

/** A first reading shorter than this share of the page's prose missed part of the story. */
const MISSED_SHARE = 0.5;
/** The sieves a second reading tries, in order: class names misled the first, then its cleaning did. */
const SECOND_SIEVES: readonly Sieve[] = [SIEVE.withoutClassWeights, SIEVE.withoutConditionalCleaning];
/** A second reading replaces the first only when it holds this many times its text… */
const BETTER = 2;
/**
 * …and, narrowed to a container, this many characters more of prose (paragraphs not mostly links):
 * a story read right the first time in an <article> that also holds its kicker, its sign-up box
 * and headlines of other stories gains those, but little prose.
 */
const NARROWED_GAIN = 1000;

function lengthOf(reading: Reading | null): number {
  return reading?.parsed.length ?? 0;
}

/** The page to read again: a page the core was handed is gone and needs the caller's fresh copy; otherwise it is copied again. */
function sourceAgain(doc: Document, options: ExtractOptions): Document | undefined {
  return options.consumeDocument === true ? options.readAgain?.() : doc;
}

/**
 * Readability's reading of the page, read again with a looser sieve when it holds less than half
 * of the page's prose: its class-name weights drop a story whose blocks are called "widget" or
 * "hidden", and its conditional cleaning drops sections it takes for link lists. Then read once
 * more, narrowed to the container the page declares for its content, when that container holds
 * twice the reading's text outside links (container-reading.ts). Each later reading replaces the
 * best so far only when it holds twice its text.
 */
function bestReading(doc: Document, options: ExtractOptions, disabled: ReadonlySet<RuleId>, facts: PageFacts): Reading | null {
  const first = readStripped(doc, options, disabled);
  const best = lengthOf(first) >= facts.prose.total * MISSED_SHARE ? first : readLoosely(doc, options, disabled, first);
  return best && readNarrowed(doc, options, disabled, best, facts.prose.largestContainer);
}

/**
 * Readability's first reading. When its full sieve finds nothing, Readability first stops
 * stripping unlikely candidates, then stops weighing class names: a story it found only with the
 * weights off was lost to them ("elementor-widget-container" says "widget", not "content"), and
 * the reading took in the page's header and footer for nothing. Such a page is read again with
 * the weights off and unlikely candidates stripped, and that reading is kept when it holds.
 */
function readStripped(doc: Document, options: ExtractOptions, disabled: ReadonlySet<RuleId>): Reading | null {
  const first = readOnce(doc, options, disabled, SIEVE.full);
  if (first?.sieve !== SIEVE.withoutWeightsOrStripping) return first;
  const source = sourceAgain(doc, options);
  const again = source ? readOnce(source, options, disabled, SIEVE.withoutClassWeights) : null;
  return again?.sieve === SIEVE.withoutClassWeights ? again : first;
}

/**
 * Room for the white space the looser reading may keep on top of that: the blocks conditional
 * cleaning emptied, which Readability then drops with their indentation. Measured on the 418
 * pages of both corpora Readability read with its full sieve: at most 4.3 % of the first reading.
 */
const WHITESPACE_SLACK = 0.25;

/**
 * Whether reading again with `sieve` could beat the best reading so far. Without conditional
 * cleaning, Readability keeps what the first reading held, what that cleaning took out of it, and
 * some white space: when that cannot reach twice the best, the page is not parsed and read again.
 */
function couldWin(sieve: Sieve, first: Reading | null, best: Reading | null): boolean {
  if (sieve !== SIEVE.withoutConditionalCleaning || first?.sieve !== SIEVE.full) return true;
  return lengthOf(first) * (1 + WHITESPACE_SLACK) + first.cleanedConditionally >= lengthOf(best) * BETTER;
}

/** The first reading, or one with a looser sieve that holds twice its text. */
function readLoosely(doc: Document, options: ExtractOptions, disabled: ReadonlySet<RuleId>, first: Reading | null): Reading | null {
  let best = first;
  for (const sieve of SECOND_SIEVES) {
    if (!couldWin(sieve, first, best)) continue;
    const source = sourceAgain(doc, options);
    if (!source) return best;
    const again = readOnce(source, options, disabled, sieve);
    if (lengthOf(again) >= lengthOf(best) * BETTER) best = again;
  }
  return best;
}

/**
 * The best reading so far, or one narrowed to the container the page declares for its content
 * (container-reading.ts), tried only when that container holds twice the reading's prose and kept
 * only when the narrowed reading does.
 */
function readNarrowed(doc: Document, options: ExtractOptions, disabled: ReadonlySet<RuleId>, best: Reading, largestContainer: number): Reading {
  const prose = proseLength(best.root);
  const minProse = Math.max(prose * BETTER, prose + NARROWED_GAIN);
  if (largestContainer < minProse) return best;
  const source = sourceAgain(doc, options);
  const narrowed = source ? readOnce(source, options, disabled, SIEVE.full, (prepared) => narrowToContainer(prepared, minProse)) : null;
  return narrowed && proseLength(narrowed.root) >= minProse ? narrowed : best;
}

function extractChecked(doc: Document, options: ExtractOptions): ExtractResult {
  const disabled = new Set(options.disabledRules ?? []);
  const facts = readPageFacts(doc, options.url);
  const reading = bestReading(doc, options, disabled, facts);
  if (!reading) return failure('no-article', 'Plainpage found no article on this page.');
  const { parsed, root, log } = reading;
  restoreMissedOpening(root, reading.blocks, options.url);
  const title = chooseTitle(blankToNull(parsed.title) ?? facts.title ?? '', facts.titleClues, blankToNull(parsed.siteName));
  cleanArticle(root, { title, byline: authorOf(parsed.byline), url: options.url }, disabled, log);
  return buildArticle(root, { ...parsed, title }, facts, options, log);
}
