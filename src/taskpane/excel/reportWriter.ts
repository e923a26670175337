import { rangeAddress } from "../../core/report/address";
import { charactersToPoints } from "../../core/report/page";
import {
  CellStyle,
  PageSetup,
  ReportLayout,
  ReportValue,
  ValueBlock,
} from "../../core/report/types";

/**
 * Cells queued before a sync. Excel on the web rejects a request above about 5 MB, so a very large
 * sheet is sent in several requests. NOTE: 50,000 cells of names and number formats come to about
 * 2 MB with 30-character names, an estimate that was not measured in Excel on the web. Sheets up
 * to that size (about 10,000 people in the lists) go out in one request.
 */
export const CELLS_PER_SYNC = 50000;

/**
 * Queues the layout's values, merges, formats and sizes on a new sheet, syncing by cell budget.
 * Returns the number of cells queued since the last sync.
 */
export async function writeLayout(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  layout: ReportLayout
): Promise<number> {
  let queuedCells = 0;
  for (const block of layout.blocks.flatMap(splitBlock)) {
    queuedCells += writeBlock(sheet, block);
    if (queuedCells >= CELLS_PER_SYNC) {
      // Only sheets above CELLS_PER_SYNC cells sync here, to stay under the request size limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      queuedCells = 0;
    }
  }

  for (const range of layout.merges) {
    sheet.getRange(rangeAddress(range)).merge(false);
  }
  for (const { range, style } of layout.styles) {
    applyStyle(sheet.getRange(rangeAddress(range)), style);
  }
  layout.columnWidths.forEach((width, column) => {
    const range = { row: 0, column, rowCount: 1, columnCount: 1 };
    sheet.getRange(rangeAddress(range)).format.columnWidth = charactersToPoints(width);
  });
  // One operation per run of rows, so a list of thousands of people costs one request item.
  for (const { row, rowCount, height } of layout.rowHeights) {
    const range = { row, column: 0, rowCount, columnCount: 1 };
    sheet.getRange(rangeAddress(range)).format.rowHeight = height;
  }
  return queuedCells;
}

/** Splits a block into pieces of whole rows with at most CELLS_PER_SYNC cells each. */
export function splitBlock(block: ValueBlock): ValueBlock[] {
  const columnCount = Math.max(1, block.values[0]?.length ?? 1);
  const rowsPerPiece = Math.max(1, Math.floor(CELLS_PER_SYNC / columnCount));
  if (block.values.length <= rowsPerPiece) {
    return [block];
  }
  const pieces: ValueBlock[] = [];
  for (let top = 0; top < block.values.length; top += rowsPerPiece) {
    const values = block.values.slice(top, top + rowsPerPiece);
    pieces.push({ row: block.row + top, column: block.column, values });
  }
  return pieces;
}

/**
 * Writes one block of values. Text cells get the number format "@" before their values, because
 * Excel parses a string written to a General cell as if it were typed: "=HYPERLINK(...)" would
 * become a formula and "+62 812" a number. Returns the number of cells written.
 */
export function writeBlock(sheet: Excel.Worksheet, block: ValueBlock): number {
  const rowCount = block.values.length;
  const columnCount = block.values[0]?.length ?? 0;
  if (rowCount === 0 || columnCount === 0) {
    return 0;
  }
  const range = sheet.getRange(
    rangeAddress({ row: block.row, column: block.column, rowCount, columnCount })
  );
  range.numberFormat = block.values.map((line) => line.map(numberFormatOf));
  range.values = block.values.map((line) => [...line]);
  return rowCount * columnCount;
}

function numberFormatOf(value: ReportValue): string {
  return typeof value === "string" ? "@" : "General";
}

/** Applies a style to a range; number formats apply only to ranges of numbers. */
function applyStyle(range: Excel.Range, style: CellStyle): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = `#${style.fontColor}`;
  if (style.fill !== undefined) format.fill.color = `#${style.fill}`;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.outline) {
    for (const edge of OUTLINE_EDGES) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center" } as const;
const OUTLINE_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/**
 * Queues the page setup (ExcelApi 1.9): A4 landscape with fixed margins, one page wide and as many
 * pages down as the rows need, the print area, and the manual page breaks.
 */
export function applyPageSetup(sheet: Excel.Worksheet, page: PageSetup): void {
  const layout = sheet.pageLayout;
  layout.orientation = "Landscape";
  layout.paperSize = page.paperSize;
  layout.leftMargin = inchesToPoints(page.margins.left);
  layout.rightMargin = inchesToPoints(page.margins.right);
  layout.topMargin = inchesToPoints(page.margins.top);
  layout.bottomMargin = inchesToPoints(page.margins.bottom);
  layout.headerMargin = inchesToPoints(page.margins.header);
  layout.footerMargin = inchesToPoints(page.margins.footer);
  layout.centerHorizontally = page.centerHorizontally;
  // A verticalFitToPages of 0 leaves the page count down automatic, as fitToHeight="0" does in an
  // .xlsx file. NOTE: not run in a real Excel. The tests check only the values queued on a mock.
  layout.zoom = { horizontalFitToPages: page.fitToWidth, verticalFitToPages: page.fitToHeight };
  layout.setPrintArea(rangeAddress(page.printArea));
  for (const row of page.pageBreakRows) {
    // A break added at a cell goes above that cell's row.
    sheet.horizontalPageBreaks.add(rangeAddress({ row, column: 0, rowCount: 1, columnCount: 1 }));
  }
}

function inchesToPoints(inches: number): number {
  return inches * 72;
}
