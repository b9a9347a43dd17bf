/**
 * Numbers in tables line up on their last digit: a column whose cells all hold a number (with its
 * sign, currency, percent or a short unit) is marked `pp-num` and set to the end of its cells in
 * tabular figures (article.css), as a figure table is set in print.
 */

/** "96.4", "1,012.6", "−3.2", "+12 %", "€ 3,40", "$1.2bn", "104 km/h", "17.9°", "(2.5)". */
const NUMBER = /^[(]?[-+−–±]?\s?\p{Sc}?\s?\d[\d\s.,'’\u00a0\u202f]*(?:\s?(?:%|‰|\p{Sc}|°\p{L}?|\p{L}{1,3}(?:\/\p{L}{1,2})?))?[)]?$/u;
/** Cells that stand for no value: a dash, "n/a". */
const NO_VALUE = /^(?:[-–—−]|n\/?a)?$/iu;

const cellText = (cell: Element) => cell.textContent.replace(/\s+/g, ' ').trim();

/** The body rows' cells by column (a cell spanning columns counts in each); null for cells spanning rows. */
function bodyColumns(table: HTMLTableElement): Element[][] | null {
  const columns: Element[][] = [];
  for (const row of Array.from(table.rows)) {
    if (row.parentElement?.tagName === 'THEAD') continue;
    let column = 0;
    for (const cell of Array.from(row.cells)) {
      if (cell.rowSpan > 1) return null;
      for (let span = 0; span < cell.colSpan; span += 1) (columns[column++] ??= []).push(cell);
    }
  }
  return columns;
}

function isNumericColumn(cells: readonly Element[]): boolean {
  const values = cells.filter((cell) => cell.tagName === 'TD').map(cellText).filter((text) => !NO_VALUE.test(text));
  return values.length > 0 && values.every((text) => NUMBER.test(text));
}

/** Marks the cells of each numeric column, its heading cells included, with `pp-num`. */
export function alignNumericColumns(table: HTMLTableElement): void {
  const columns = bodyColumns(table);
  if (!columns) return;
  const numeric = new Set(columns.flatMap((cells, index) => (isNumericColumn(cells) ? [index] : [])));
  if (numeric.size === 0) return;
  for (const row of Array.from(table.rows)) {
    let column = 0;
    for (const cell of Array.from(row.cells)) {
      if (cell.colSpan === 1 && numeric.has(column)) cell.classList.add('pp-num');
      column += cell.colSpan;
    }
  }
}
