import { ReportInput } from "../sheet/types";
import { SheetBuilder, cellRange } from "./builder";
import { chartFor } from "./chart";
import { BOX_COLUMN_WIDTH, writeGrid } from "./grid";
import { LIST_COLUMNS, TALENT_POOL_ORDER, writeLeftOut, writePeopleList } from "./lists";
import { PRINT_MARGINS } from "./page";
import { REPORT_TEXT } from "./text";
import { ReportLayout, ValueBlock } from "./types";

/**
 * Widths of columns A to E in characters: level labels (the box and its meaning in the lists),
 * three box columns, agency. The page is printed at the scale that fits this width, so wider
 * columns print smaller. The layout tests check that the grid still fits the first page.
 */
const COLUMN_WIDTHS = [30, BOX_COLUMN_WIDTH, BOX_COLUMN_WIDTH, BOX_COLUMN_WIDTH, 40];

/**
 * Lays out the leadership 9-box sheet. The title block and the grid fill the first landscape
 * page. A manual page break follows, then the talent pool list in box order 9, 8, 7, the full
 * lists of the boxes too full for the grid, and the rows left out, on as many pages as they need.
 * Every value is plain text or a number. There are no formulas, so the sheet reads the same in an
 * Excel without the add-in.
 */
export function buildReportLayout(input: ReportInput): ReportLayout {
  const sheet = new SheetBuilder();
  const text = REPORT_TEXT[input.language];

  const grid = writeGrid(sheet, input);
  let row = writePeopleList(sheet, input, grid.nextRow, text.talentPoolTitle, TALENT_POOL_ORDER);

  const fullBoxes = grid.overflowing.filter((box) => box < 7);
  if (fullBoxes.length > 0) {
    row = writePeopleList(sheet, input, row, text.overflowTitle, fullBoxes);
  }
  writeLeftOut(sheet, input, row);

  return {
    blocks: sheet.blocks,
    merges: sheet.merges,
    styles: sheet.styles,
    columnWidths: COLUMN_WIDTHS,
    rowHeights: sheet.rowHeights,
    page: {
      orientation: "landscape",
      paperSize: "A4",
      margins: PRINT_MARGINS,
      fitToWidth: 1,
      fitToHeight: 0,
      centerHorizontally: true,
      printArea: cellRange(0, 0, endRowOf(sheet.blocks), LIST_COLUMNS),
      pageBreakRows: [grid.endRow],
    },
    chart: chartFor(input),
    boxCells: grid.boxCells,
  };
}

/** Row after the last written value. */
function endRowOf(blocks: readonly ValueBlock[]): number {
  let end = 0;
  for (const block of blocks) {
    end = Math.max(end, block.row + block.values.length);
  }
  return end;
}
