import { leafBlocks } from '../dom/blocks.ts';
import { inkLength, normalizeSpace } from '../dom/text-normalize.ts';

/** Structure a cell of a Markdown table cannot hold: lists, headings, quotes, code blocks, rules, tables. */
const STRUCTURE_TAGS = new Set(['UL', 'OL', 'DL', 'PRE', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'TABLE', 'DETAILS']);
const MEDIA_TAGS = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO']);

/** What a table cell holds, as far as telling layout from data and Markdown goes. */
export interface CellShape {
  /** Its text, white space collapsed. */
  text: string;
  /** It holds a list, heading, quote, code block, rule or table. */
  structured: boolean;
  /** Blocks of text in it (paragraphs, divs); 0 for a cell of inline content only. */
  paragraphs: number;
  /** It shows an image, a video or a sound. */
  media: boolean;
  /** All its text is the text of links (a cell of a navigation bar). */
  linksOnly: boolean;
}

function hasTag(root: Element, tags: ReadonlySet<string>): boolean {
  for (const tag of tags) if (root.getElementsByTagName(tag).length > 0) return true;
  return false;
}

function linkedLength(root: Element): number {
  return Array.from(root.getElementsByTagName('a'), (link) => inkLength(link.textContent)).reduce((sum, length) => sum + length, 0);
}

export function cellShape(cell: Element): CellShape {
  const text = normalizeSpace(cell.textContent);
  return {
    text,
    structured: hasTag(cell, STRUCTURE_TAGS),
    paragraphs: leafBlocks(cell).filter((block) => normalizeSpace(block.textContent) !== '').length,
    media: hasTag(cell, MEDIA_TAGS),
    linksOnly: text !== '' && linkedLength(cell) >= inkLength(text),
  };
}

/** A cell that fits on one line of a Markdown table: inline content, at most one paragraph of it. */
export function fitsOneLine(shape: CellShape): boolean {
  return !shape.structured && shape.paragraphs <= 1;
}

/** A cell with nothing to read or see. */
export function isEmptyCell(shape: CellShape): boolean {
  return shape.text === '' && !shape.media;
}
