import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../src/core/index.ts';

const doc = new JSDOM('').window.document;
const markdown = (html: string): string => htmlToMarkdown(html, doc);

const PROSE = 'The allotment society met on Tuesday to agree the rents for next year and to hear the report on the new water troughs.';

describe('Markdown: layout tables become plain blocks', () => {
  it('reads a table of page regions (a photo beside the story) as its blocks, in order', () => {
    const md = markdown(`<table><tr>
      <td><img src="https://plots.example/troughs.jpg" alt="The new troughs"><br><i>The new troughs</i></td>
      <td><p>${PROSE}</p><p>Rents will rise by two pounds a plot.</p></td>
    </tr></table>`);
    expect(md).not.toMatch(/<\/?t[dr]|<table|\|/);
    expect(md).toContain('![The new troughs](https://plots.example/troughs.jpg)');
    expect(md.indexOf('The new troughs*')).toBeLessThan(md.indexOf(PROSE));
    expect(md).toContain(`${PROSE}\n\nRents will rise by two pounds a plot.`);
  });

  it('unwraps a one-column table, a table of tables and a table marked as presentation', () => {
    const oneColumn = '<table><tr><td>First notice of the season.</td></tr><tr><td>Second notice of the season.</td></tr></table>';
    const nested = `<table><tr><td><table><tr><th>Plot</th><th>Rent</th></tr><tr><td>12</td><td>£40</td></tr></table></td><td><p>${PROSE}</p></td></tr></table>`;
    const presentation = '<table role="presentation"><tr><th>Left</th><th>Right</th></tr><tr><td>a</td><td>b</td></tr></table>';
    expect(markdown(oneColumn)).toBe('First notice of the season.\n\nSecond notice of the season.');
    // The outer table is layout; the table inside it holds data and stays a table.
    expect(markdown(nested)).toBe(`| Plot | Rent |\n| --- | --- |\n| 12 | £40 |\n\n${PROSE}`);
    expect(markdown(presentation)).toBe('Left\n\nRight\n\na\n\nb');
  });

  it('unwraps a header-less table whose cells are only links (a navigation bar)', () => {
    const md = markdown('<table><tr><td><a href="https://plots.example/">Home</a></td><td><a href="https://plots.example/rents">Rents</a></td></tr><tr><td><a href="https://plots.example/join">Join</a></td><td><a href="https://plots.example/map">Map</a></td></tr></table>');
    expect(md).toBe('[Home](https://plots.example/)\n\n[Rents](https://plots.example/rents)\n\n[Join](https://plots.example/join)\n\n[Map](https://plots.example/map)');
  });
});

describe('Markdown: data tables become GFM tables', () => {
  it('writes header cells as the header row and every value in its column', () => {
    const md = markdown('<table><thead><tr><th>Plot</th><th>Holder</th><th>Rent</th></tr></thead><tbody><tr><td>12</td><td>A. Okafor</td><td>£40</td></tr><tr><td>14</td><td><b>J. Price</b></td><td>£38</td></tr></tbody></table>');
    expect(md).toBe('| Plot | Holder | Rent |\n| --- | --- | --- |\n| 12 | A. Okafor | £40 |\n| 14 | **J. Price** | £38 |');
  });

  it('escapes pipes in cells and flattens line breaks, so a cell stays one cell', () => {
    const md = markdown('<table><tr><th>Command</th><th>Meaning</th></tr><tr><td><code>a | b</code></td><td>either a<br>or b | both</td></tr></table>');
    expect(md).toBe('| Command | Meaning |\n| --- | --- |\n| `a \\| b` | either a or b \\| both |');
  });

  it('takes a first row written all in bold for the header, and gives a table that names no columns an empty one', () => {
    const bold = markdown('<table><tr><td><b>Day</b></td><td><strong>Opens</strong></td></tr><tr><td>Monday</td><td>9am</td></tr></table>');
    expect(bold).toBe('| **Day** | **Opens** |\n| --- | --- |\n| Monday | 9am |');
    const plain = markdown('<table><tr><td>Monday</td><td>9am</td></tr><tr><td>Tuesday</td><td>10am</td></tr></table>');
    expect(plain).toBe('|  |  |\n| --- | --- |\n| Monday | 9am |\n| Tuesday | 10am |');
  });

  it('shows a cell spanning columns once and one spanning rows in every row it covers', () => {
    const md = markdown(`<table>
      <tr><th rowspan="2">Site</th><th colspan="2">2026</th></tr>
      <tr><th>Spring</th><th>Autumn</th></tr>
      <tr><td rowspan="2">North field</td><td>£40</td><td>£42</td></tr>
      <tr><td>£38</td><td>£39</td></tr>
      <tr><td colspan="3">Prices include water.</td></tr>
    </table>`);
    expect(md).toBe([
      '| Site | 2026 – Spring | 2026 – Autumn |',
      '| --- | --- | --- |',
      '| North field | £40 | £42 |',
      '| North field | £38 | £39 |',
      '| Prices include water. |  |  |',
    ].join('\n'));
  });

  it('puts the caption before the table', () => {
    const md = markdown('<table><caption>Rents for 2026</caption><tr><th>Plot</th><th>Rent</th></tr><tr><td>12</td><td>£40</td></tr></table>');
    expect(md).toBe('Rents for 2026\n\n| Plot | Rent |\n| --- | --- |\n| 12 | £40 |');
  });

  it('writes a data table whose cells hold lists or paragraphs as one list item per row, each value named by its column', () => {
    const md = markdown(`<table><tr><th>Plot</th><th>Work to do</th></tr>
      <tr><td>12</td><td><ul><li>Mend the gate</li><li>Clear the brambles</li></ul></td></tr>
      <tr><td>14</td><td><p>Dig the bed.</p><p>Cover it | for winter.</p></td></tr></table>`);
    expect(md).not.toContain('<');
    expect(md).toBe([
      '-   **Plot:** 12',
      '',
      '    **Work to do:**',
      '',
      '    -   Mend the gate',
      '    -   Clear the brambles',
      '',
      '-   **Plot:** 14',
      '',
      '    **Work to do:**',
      '',
      '    Dig the bed.',
      '',
      '    Cover it | for winter.',
    ].join('\n'));
  });

  it('keeps a grid of a hostile size to one slot a cell', () => {
    const row = `<tr>${'<td colspan="1000" rowspan="65534">x</td>'.repeat(200)}</tr>`;
    const md = markdown(`<table><tr><th>a</th><th>b</th></tr>${row}${row}</table>`);
    expect(md.split('\n')).toHaveLength(4);
    expect(md.split('\n')[2]).toBe(`| ${Array(200).fill('x').join(' | ')} |`);
  });
});

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
