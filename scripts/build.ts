/**
 * `npm run build`: dist/chrome and dist/firefox (pages + background, then content.js), then the
 * CLI in dist/cli. Prints the gzipped sizes the reader waits for. Options: --browser=chrome|firefox
 * builds one browser only, --no-cli skips the CLI, --cli-only builds the CLI alone (npm install
 * does, so `node dist/cli/plainpage.js` works right after it).
 */
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { BROWSERS, outDirFor, type Browser } from './build-targets.ts';
import { inlineScripts, sizeReport } from './build-report.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CLI_OUTPUT = resolve(ROOT, 'dist/cli/plainpage.js');

async function pass(mode: string): Promise<void> {
  await build({ root: ROOT, configFile: resolve(ROOT, 'vite.config.ts'), mode, logLevel: 'warn' });
}

async function buildBrowser(browser: Browser): Promise<boolean> {
  await pass(`pages-${browser}`);
  await pass(`content-${browser}`);
  const dir = resolve(ROOT, outDirFor(browser));
  const offenders = inlineScripts(dir);
  if (offenders.length > 0) throw new Error(`Inline scripts are refused by MV3:\n${offenders.join('\n')}`);
  const { lines, withinBudget } = sizeReport(dir);
  console.log(`${outDirFor(browser)}/\n${lines.join('\n')}`);
  return withinBudget;
}

async function buildCli(): Promise<void> {
  await pass('cli');
  const code = readFileSync(CLI_OUTPUT, 'utf8');
  if (!code.startsWith('#!')) writeFileSync(CLI_OUTPUT, `#!/usr/bin/env node\n${code}`);
  chmodSync(CLI_OUTPUT, 0o755);
  console.log('dist/cli/plainpage.js');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args.find((arg) => arg.startsWith('--browser='))?.slice('--browser='.length);
  const browsers = args.includes('--cli-only') ? [] : BROWSERS.filter((browser) => only === undefined || browser === only);
  if (browsers.length === 0 && only !== undefined) throw new Error(`Unknown browser "${only}"; use one of ${BROWSERS.join(', ')}.`);
  let withinBudget = true;
  for (const browser of browsers) withinBudget = (await buildBrowser(browser)) && withinBudget;
  if (!args.includes('--no-cli')) await buildCli();
  if (!withinBudget) console.warn('Warning: a size budget is exceeded (see above).');
}

main().catch((error: unknown) => {
  console.error(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
