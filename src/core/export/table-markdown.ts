import type TurndownService from 'turndown';
import { normalizeSpace } from '../dom/text-normalize.ts';
import { cellShape, fitsOneLine, isEmptyCell } from './table-cells.ts';
import { boldFirstRow, tableKind } from './table-kind.ts';
import { tableGrid, type GridSlot } from './table-grid.ts';

/** Column names made of several header rows ("2025" over "Q1") are joined with this. */
const LABEL_JOINER = ' – ';
/** Turndown's own list item prefix and the indent of the lines after it. */
const ITEM_PREFIX = '-   ';
const ITEM_INDENT = ' '.repeat(ITEM_PREFIX.length);

/** A layout table's regions (caption, then cells row by row) as plain blocks, in reading order. */
function layoutBlocks(table: HTMLTableElement): HTMLElement[] {
  const regions = [table.caption, ...Array.from(table.rows).flatMap((row) => Array.from(row.cells))];
  return regions.flatMap((region) => {
    if (!region || isEmptyCell(cellShape(region))) return [];
    const block = table.ownerDocument.createElement('div');
    block.append(...Array.from(region.childNodes));
    return [block];
  });
}

/** Replaces every layout table under `root` by its regions; tables nested in one are judged in turn. */
export function unwrapLayoutTables(root: ParentNode): void {
  for (const table of Array.from(root.querySelectorAll('table'))) {
    if (tableKind(table) === 'layout') table.replaceWith(...layoutBlocks(table));
  }
}

function isHeaderRow(row: HTMLTableRowElement): boolean {
  const cells = Array.from(row.cells);
  return row.parentElement?.tagName === 'THEAD' || (cells.length > 0 && cells.every((cell) => cell.tagName === 'TH'));
}

/**
 * The leading rows that name the columns: those in <thead> or made only of <th>, else a first row
 * written all in bold. A table that names no columns gets an empty header row (GFM needs one)
 * rather than a first row of values dressed as column names.
 */
function headerRowCount(table: HTMLTableElement): number {
  const rows = Array.from(table.rows);
  const count = rows.findIndex((row) => !isHeaderRow(row));
  // A table of header cells only keeps its first row as the header and the others as rows.
  if (count === -1) return 1;
  if (count > 0) return count;
  return boldFirstRow(table) ? 1 : 0;
}

/** Each column's name: the distinct texts of the header cells over it. */
function columnLabels(header: (GridSlot | null)[][], width: number, text: (cell: Element) => string): string[] {
  return Array.from({ length: width }, (_, column) => {
    const cells = new Set(header.map((row) => row[column]?.cell).filter((cell) => cell !== undefined));
    return [...new Set(Array.from(cells, text).filter(Boolean))].join(LABEL_JOINER);
  });
}

/** Markdown on one line of a GFM table: line breaks flattened, pipes escaped. */
function oneLine(markdown: string): string {
  return markdown.replace(/\s*\n+\s*/g, ' ').replace(/\|/g, '\\|').trim();
}

/**
 * A cell spanning columns shows once, in its first column (the row reads as on the page); a cell
 * spanning rows shows in each row, so that every row can be read alone.
 */
function slotContent(slot: GridSlot | null, markdownOf: (cell: Element) => string): string {
  return slot?.firstColumn ? markdownOf(slot.cell) : '';
}

interface TableParts {
  labels: string[];
  rows: (GridSlot | null)[][];
}

function gfmTable({ labels, rows }: TableParts, markdownOf: (cell: Element) => string): string {
  const body = rows.map((row) => row.map((slot) => oneLine(slotContent(slot, markdownOf))));
  const columns = labels.map((_, column) => column).filter((column) => labels[column] !== '' || body.some((row) => row[column] !== ''));
  const line = (cells: string[]): string => `| ${columns.map((column) => cells[column] ?? '').join(' | ')} |`;
  return [line(labels.map(oneLine)), line(labels.map(() => '---')), ...body.map(line)].join('\n');
}

/**
 * The fallback for a data table whose cells hold lists or several paragraphs: GFM cannot put them
 * in a cell, so each row becomes a list item of "**Column:** value" blocks, which keeps every value
 * with its row and its column's name and reads in any Markdown viewer.
 */
function recordList({ labels, rows }: TableParts, markdownOf: (cell: Element) => string, escape: (text: string) => string): string {
  const items = rows.map((row) => {
    const blocks = row.flatMap((slot, column) => {
      const markdown = slotContent(slot, markdownOf);
      if (!slot || markdown === '') return [];
      const label = labels[column] ? `**${escape(labels[column])}:**` : '';
      if (!label) return [markdown];
      return fitsOneLine(cellShape(slot.cell)) ? [`${label} ${oneLine(markdown)}`] : [label, markdown];
    });
    const lines = blocks.join('\n\n').split('\n');
    return ITEM_PREFIX + lines.map((line, index) => (index === 0 || line === '' ? line : ITEM_INDENT + line)).join('\n');
  });
  return items.join('\n\n');
}

/** A data table (layout tables were unwrapped before): GFM when its cells fit, else a list of rows. */
function dataTableMarkdown(table: HTMLTableElement, markdownOf: (cell: Element) => string, escape: (text: string) => string): string {
  const grid = tableGrid(table);
  const head = headerRowCount(table);
  const header = grid.rows.slice(0, head);
  const rows = grid.rows.slice(head).filter((row) => row.some((slot) => slotContent(slot, markdownOf) !== ''));
  const fits = Array.from(table.rows).every((row) => Array.from(row.cells).every((cell) => fitsOneLine(cellShape(cell))));
  const caption = table.caption ? markdownOf(table.caption) : '';
  const body = fits
    ? gfmTable({ labels: columnLabels(header, grid.width, (cell) => markdownOf(cell)), rows }, markdownOf)
    : recordList({ labels: columnLabels(header, grid.width, (cell) => normalizeSpace(cell.textContent)), rows }, markdownOf, escape);
  return [caption, body].filter(Boolean).join('\n\n');
}

/**
 * Turndown rules for data tables. Cells and the caption are converted by Turndown as usual and set
 * aside; the table then lays them out from its grid (spans, header rows), never as raw HTML.
 */
export function addTableRules(service: TurndownService): void {
  const converted = new WeakMap<Node, string>();
  const markdownOf = (cell: Element): string => converted.get(cell) ?? '';
  service.addRule('table-cell', {
    filter: ['td', 'th', 'caption'],
    replacement: (content, node) => {
      converted.set(node, content.trim());
      return '';
    },
  });
  service.addRule('table-section', { filter: ['tr', 'thead', 'tbody', 'tfoot', 'colgroup', 'col'], replacement: () => '' });
  service.addRule('data-table', {
    filter: 'table',
    replacement: (_content, node) => `\n\n${dataTableMarkdown(node as HTMLTableElement, markdownOf, (text) => service.escape(text))}\n\n`,
  });
}
