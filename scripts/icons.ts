/**
 * `npm run icons`: renders icons/icon.svg, the one source drawing, to every image the manifest and
 * the stores need, with Debian's Chromium: the toolbar and manifest sizes, the Chrome Web Store's
 * 128 px icon (a 96 px drawing centred in 16 px of transparent margin, as the store asks) and its
 * 440x280 promotional tile. A development step; the PNGs are committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const SIZES = [16, 32, 48, 96, 128] as const;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const svg = readFileSync(resolve(ROOT, 'icons/icon.svg'));
const source = `data:image/svg+xml;base64,${svg.toString('base64')}`;

interface Render {
  file: string;
  width: number;
  height: number;
  body: string;
}

function icon(size: number): string {
  return `<img src="${source}" width="${size}" height="${size}" alt="">`;
}

const PROMO_STYLE =
  'display:flex;align-items:center;justify-content:center;gap:28px;width:440px;height:280px;' +
  'background:#fbf7ee;color:#23343a;font:600 44px/1.1 Georgia,"DejaVu Serif",serif';

const RENDERS: Render[] = [
  ...SIZES.map((size) => ({ file: `icons/icon-${size}.png`, width: size, height: size, body: icon(size) })),
  { file: 'icons/store-icon-128.png', width: 128, height: 128, body: `<div style="padding:16px">${icon(96)}</div>` },
  {
    file: 'icons/store-promo-440x280.png',
    width: 440,
    height: 280,
    body: `<div style='${PROMO_STYLE}'>${icon(120)}<span>Plainpage</span></div>`,
  },
];

async function render(page: Page, { file, width, height, body }: Render): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.setContent(`<style>html,body{margin:0;background:transparent}img{display:block}</style>${body}`);
  await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width, height } });
  writeFileSync(resolve(ROOT, file), png);
  console.log(file);
}

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const item of RENDERS) await render(page, item);
} finally {
  await browser.close();
}
