/** One slot of a table's grid: the cell that covers it, and whether the cell starts in its column. */
export interface GridSlot {
  cell: HTMLTableCellElement;
  /** The cell's first column (a cell spanning columns covers slots to the right too). */
  firstColumn: boolean;
}

/** A table as the rows and columns a reader sees: every cell in each slot it spans. */
export interface TableGrid {
  rows: (GridSlot | null)[][];
  width: number;
}

/** The HTML limits of a span. */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;
/**
 * Slots a grid may have before its spans are read as 1: within the HTML limits, a page of a few
 * hundred cells spanning 1000 columns each would still build a grid of millions of slots.
 */
const MAX_SLOTS = 100_000;

function span(cell: HTMLTableCellElement, attribute: 'colspan' | 'rowspan', max: number): number {
  const value = Number.parseInt(cell.getAttribute(attribute) ?? '1', 10);
  return Number.isFinite(value) && value >= 0 ? Math.min(value, max) : 1;
}

/** Columns and rows the cell covers from `rowIndex` on, of `rowCount` rows. */
function extent(cell: HTMLTableCellElement, rowIndex: number, rowCount: number): { across: number; down: number } {
  const rowspan = span(cell, 'rowspan', MAX_ROWSPAN);
  const down = rowspan === 0 ? rowCount - rowIndex : Math.max(1, rowspan);
  return { across: Math.max(1, span(cell, 'colspan', MAX_COLSPAN)), down: Math.min(down, rowCount - rowIndex) };
}

/** Whether the spans, as written, fit the slot budget. */
function spansFit(rows: readonly HTMLTableRowElement[]): boolean {
  let slots = 0;
  rows.forEach((row, rowIndex) => {
    for (const cell of Array.from(row.cells)) {
      const { across, down } = extent(cell, rowIndex, rows.length);
      slots += across * down;
    }
  });
  return slots <= MAX_SLOTS;
}

/**
 * Lays the table's cells out on a grid: a cell spanning rows or columns fills every slot it covers
 * (rowspan="0" reaches the last row); slots no cell covers are null. Spans that would build a grid
 * past the slot budget are read as 1, each cell in one slot.
 */
export function tableGrid(table: HTMLTableElement): TableGrid {
  // Head, bodies and foot in reading order, without the rows of tables nested in it.
  const rows = Array.from(table.rows);
  const grid: (GridSlot | null)[][] = rows.map(() => []);
  const withSpans = spansFit(rows);
  rows.forEach((row, rowIndex) => {
    const line = grid[rowIndex] ?? [];
    let column = 0;
    for (const cell of Array.from(row.cells)) {
      while (line[column]) column += 1;
      const { across, down } = withSpans ? extent(cell, rowIndex, rows.length) : { across: 1, down: 1 };
      for (let r = 0; r < down; r += 1) {
        const target = grid[rowIndex + r] ?? [];
        for (let c = 0; c < across; c += 1) target[column + c] = { cell, firstColumn: c === 0 };
      }
      column += across;
    }
  });
  const width = grid.reduce((widest, line) => Math.max(widest, line.length), 0);
  return { rows: grid.map((line) => Array.from({ length: width }, (_, column) => line[column] ?? null)), width };
}
