import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../src/core/index.ts';

const doc = new JSDOM('').window.document;
const markdown = (html: string): string => htmlToMarkdown(html, doc);

const PROSE = 'The allotment society met on Tuesday to agree the rents for next year and to hear the report on the new water troughs.';

describe('Markdown: images need an address a reader can fetch', () => {
  it('drops images without one, with the link or figure that held only them', () => {
    const md = markdown(`<p>${PROSE}</p>
      <p><a href="https://plots.example/"><img alt="logo"></a></p>
      <figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="spacer"></figure>
      <p>Before <img src="blob:https://plots.example/1" alt="blob"> after.</p>`);
    expect(md).toBe(`${PROSE}\n\nBefore after.`);
  });

  it('takes the first fetchable candidate of a srcset or a picture when src has none', () => {
    const md = markdown(`<picture><source srcset="https://plots.example/a.webp 1x, https://plots.example/a2.webp 2x"><img src="data:," alt="Beds"></picture>
      <p><img srcset="https://plots.example/b.jpg 600w" alt="Shed"></p>`);
    expect(md).toBe('![Beds](https://plots.example/a.webp)\n\n![Shed](https://plots.example/b.jpg)');
  });
});
