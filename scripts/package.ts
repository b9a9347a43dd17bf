/**
 * `npm run package`: store-ready zips in dist/packages: one per browser, built fresh, plus the
 * source zip Firefox's reviewers ask for (the committed tree at HEAD, via `git archive`, so it holds
 * exactly what a clean clone holds). The extension zips come from `web-ext build`, which gives
 * stable names and leaves out nothing the browser needs.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { BROWSERS, outDirFor } from './build-targets.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'dist/packages');

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed; see above.`);
}

function version(): string {
  const manifest: unknown = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
  if (typeof manifest === 'object' && manifest !== null && 'version' in manifest && typeof manifest.version === 'string') {
    return manifest.version;
  }
  throw new Error('package.json has no version.');
}

function main(): void {
  const tag = version();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  run('npm', ['run', 'build', '--', '--no-cli']);
  const files: string[] = [];
  for (const browser of BROWSERS) {
    const name = `plainpage-${browser}-${tag}.zip`;
    run('npx', ['web-ext', 'build', '--source-dir', outDirFor(browser), '--artifacts-dir', OUT, '--filename', name, '--overwrite-dest']);
    files.push(name);
  }
  const source = `plainpage-source-${tag}.zip`;
  run('git', ['archive', '--format=zip', '--output', resolve(OUT, source), 'HEAD']);
  files.push(source);
  for (const file of files) console.log(`dist/packages/${file}  ${(statSync(resolve(OUT, file)).size / 1024).toFixed(1)} KB`);
}

try {
  main();
} catch (error: unknown) {
  console.error(`Packaging failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
