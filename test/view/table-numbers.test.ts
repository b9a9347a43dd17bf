// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { alignNumericColumns } from '../../src/view/table-numbers.ts';

function table(html: string): HTMLTableElement {
  document.body.innerHTML = `<table>${html}</table>`;
  const element = document.querySelector('table');
  if (!element) throw new Error('no table');
  alignNumericColumns(element);
  return element;
}

/** Per row, which cells are marked as numbers. */
const marks = (element: HTMLTableElement) => Array.from(element.rows, (row) => Array.from(row.cells, (cell) => cell.classList.contains('pp-num')));

describe('numeric table columns', () => {
  it('marks the columns of numbers, their headings included, and leaves text columns alone', () => {
    const element = table(`<thead><tr><th>Month</th><th>Rain (mm)</th><th>Change</th><th>Wind</th></tr></thead>
      <tbody><tr><td>January</td><td>96.4</td><td>−3.2 %</td><td>West</td></tr>
      <tr><td>July</td><td>1,012.6</td><td>+12%</td><td>South-west</td></tr>
      <tr><td>August</td><td>—</td><td>n/a</td><td>North</td></tr></tbody>`);
    expect(marks(element)).toEqual([
      [false, true, true, false],
      [false, true, true, false],
      [false, true, true, false],
      [false, true, true, false],
    ]);
  });

  it('reads currencies, units and bracketed figures as numbers, and a column with one word in it as text', () => {
    const element = table(`<tr><td>€ 3,40</td><td>104 km/h</td><td>(2.5)</td><td>12</td></tr>
      <tr><td>$1.2bn</td><td>17.9°C</td><td>0.4</td><td>twelve</td></tr>`);
    expect(marks(element)[0]).toEqual([true, true, true, false]);
  });

  it('counts a cell that spans columns in each, and leaves a table with cells spanning rows as it is', () => {
    const spanning = table(`<tr><th colspan="2">Station</th><th>Rain</th></tr><tr><td>Hill</td><td>North</td><td>41.0</td></tr>`);
    expect(marks(spanning)).toEqual([[false, true], [false, false, true]]);
    const rows = table(`<tr><td rowspan="2">Hill</td><td>41.0</td></tr><tr><td>8.2</td></tr>`);
    expect(marks(rows).flat()).not.toContain(true);
  });
});
