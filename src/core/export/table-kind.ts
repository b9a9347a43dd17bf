import { inkLength, normalizeSpace } from '../dom/text-normalize.ts';
import { cellShape, fitsOneLine, isEmptyCell, type CellShape } from './table-cells.ts';
import { tableGrid } from './table-grid.ts';

/**
 * A table either lays a page out (its cells are regions: a menu, the story, a photo, a box of
 * links) or holds data (rows of values under column names). Layout tables are read as their cells'
 * blocks; data tables stay tables.
 */
export type TableKind = 'layout' | 'data';

/** The measures behind the decision, in one place. */
const TABLE_SIGNALS = {
  /** ARIA roles by which a page says its table is layout. */
  layoutRoles: ['presentation', 'none'],
  /** Fewer rows or columns than this is a strip or a column of regions, not a grid of values. */
  minRows: 2,
  minColumns: 2,
  /** A cell of a table with no header holding more text than this is prose laid out, not a value. */
  longCellCharacters: 200,
} as const;

const boldInk = (cell: Element): number =>
  ['b', 'strong'].flatMap((tag) => Array.from(cell.getElementsByTagName(tag))).reduce((sum, bold) => sum + inkLength(bold.textContent), 0);

/** A first row whose every filled cell is wholly bold: column names written without <th>. */
export function boldFirstRow(table: HTMLTableElement): boolean {
  const cells = Array.from(table.rows[0]?.cells ?? []).filter((cell) => normalizeSpace(cell.textContent) !== '');
  return cells.length >= 2 && cells.every((cell) => boldInk(cell) >= inkLength(cell.textContent));
}

/** The table names its columns or itself: a head, header cells, a caption, a summary, a bold first row. */
function hasHeader(table: HTMLTableElement): boolean {
  return (
    table.tHead !== null ||
    table.getElementsByTagName('th').length > 0 ||
    normalizeSpace(table.caption?.textContent ?? '') !== '' ||
    (table.getAttribute('summary') ?? '').trim() !== '' ||
    boldFirstRow(table)
  );
}

/** A cell of a header-less table that reads as a region of a page rather than a value. */
function regionLike(shape: CellShape): boolean {
  return !fitsOneLine(shape) || shape.media || shape.text.length > TABLE_SIGNALS.longCellCharacters;
}

/** Layout or data, by the signals above, the strongest first. */
export function tableKind(table: HTMLTableElement): TableKind {
  const role = (table.getAttribute('role') ?? '').trim().toLowerCase();
  if ((TABLE_SIGNALS.layoutRoles as readonly string[]).includes(role)) return 'layout';
  if (table.getElementsByTagName('table').length > 0) return 'layout';
  const grid = tableGrid(table);
  if (grid.rows.length < TABLE_SIGNALS.minRows || grid.width < TABLE_SIGNALS.minColumns) return 'layout';
  if (hasHeader(table)) return 'data';
  const shapes = Array.from(table.getElementsByTagName('td'), cellShape).filter((shape) => !isEmptyCell(shape));
  if (shapes.some(regionLike)) return 'layout';
  if (shapes.every((shape) => shape.linksOnly)) return 'layout';
  return 'data';
}
