import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const THEME_CSS = readFileSync(resolve(import.meta.dirname, '../../src/view/theme.css'), 'utf8');

/** The custom properties one rule of theme.css sets, by name. */
function themeColours(selector: string): Map<string, string> {
  const start = THEME_CSS.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`${selector} is not in theme.css`);
  const block = THEME_CSS.slice(start, THEME_CSS.indexOf('}', start));
  return new Map([...block.matchAll(/--pp-([a-z-]+):\s*([^;]+);/g)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]));
}

function rgb(hex: string): [number, number, number] {
  const digits = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex)?.[1];
  if (!digits) throw new Error(`${hex} is not a hex colour`);
  const full = digits.length === 3 ? digits.replace(/./g, '$&$&') : digits;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('high-contrast theme', () => {
  const colours = themeColours('.pp-theme-contrast');
  const colour = (name: string) => {
    const value = colours.get(name);
    if (!value) throw new Error(`--pp-${name} is not set by the high-contrast theme`);
    return value;
  };

  it('computes contrast as WCAG does', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#777', '#fff')).toBeCloseTo(4.48, 2);
  });

  it.each(['text', 'muted', 'link', 'link-visited', 'accent', 'danger', 'focus'])(
    'shows --pp-%s at 7:1 or more on every background it can sit on',
    (foreground) => {
      for (const background of ['bg', 'surface', 'button-bg', 'button-hover', 'restored-bg']) {
        expect(contrast(colour(foreground), colour(background)), `${foreground} on ${background}`).toBeGreaterThanOrEqual(7);
      }
    },
  );

  it('keeps the restored-block edge and rules visible against the page (3:1 for non-text)', () => {
    expect(contrast(colour('restored-edge'), colour('bg'))).toBeGreaterThanOrEqual(3);
    expect(contrast(colour('rule'), colour('bg'))).toBeGreaterThanOrEqual(3);
  });
});
