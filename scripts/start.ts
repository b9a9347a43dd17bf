/**
 * `npm start`: builds dist/chrome, serves the bundled demo news page on 127.0.0.1 and opens
 * Chromium with the extension loaded on it. With --headless (or without a display) it clicks the
 * toolbar button itself, waits for the reader view and writes a screenshot of the popup.
 */
import { spawnSync } from 'node:child_process';
import { startFixtureServer, type FixtureServer } from '../test/e2e/fixture-server.ts';
import { launchExtension, popupOutcome, resultPath } from '../test/e2e/harness.ts';

const DEMO_PATH = '/demo/index.html';

function build(): void {
  const result = spawnSync('npm', ['run', 'build', '--', '--browser=chrome', '--no-cli'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The build failed; see above.');
}

async function clickAndCapture(server: FixtureServer): Promise<void> {
  const browser = await launchExtension();
  try {
    const page = await browser.openPage(server.url(DEMO_PATH));
    const popup = await browser.clickToolbar(page);
    const outcome = await popupOutcome(popup);
    // The article's pictures load after it is shown; a full-page capture taken while they load
    // repeats the first screenful. Waited for, three seconds at most.
    await popup.evaluate(`Promise.race([
      Promise.all(Array.from(document.images, (image) => image.complete ? null : new Promise((done) => { image.onload = image.onerror = done; }))),
      new Promise((done) => setTimeout(done, 3000)),
    ])`);
    const file = resultPath('start-popup');
    await popup.screenshot(file, { fullPage: true });
    console.log(`Reader view (${outcome.kind}: ${outcome.title})\nScreenshot: ${file}`);
  } finally {
    await browser.close();
  }
}

async function openForReader(server: FixtureServer): Promise<void> {
  const browser = await launchExtension({ headless: false });
  await browser.openPage(server.url(DEMO_PATH));
  console.log(
    `Chromium is open on ${server.url(DEMO_PATH)} with Plainpage loaded.\n` +
      'Click the Plainpage button in the toolbar (pin it from the puzzle-piece menu). Close the browser to stop.',
  );
  await new Promise<void>((done) => browser.context.once('close', () => { done(); }));
  await browser.close();
}

async function main(): Promise<void> {
  const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
  build();
  const server = await startFixtureServer();
  try {
    await (headless ? clickAndCapture(server) : openForReader(server));
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
