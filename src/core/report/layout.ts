import { ReportInput } from "../sheet/types";
import { SheetBuilder, cellRange } from "./builder";
import { chartFor } from "./chart";
import { GRID_COLUMNS, PRINT_ROWS, writeGrid } from "./grid";
import { TALENT_POOL_ORDER, writeLeftOut, writePeopleList } from "./lists";
import { REPORT_TEXT } from "./text";
import { ReportLayout } from "./types";

/** Widths of columns A to E in characters: level labels, three box columns, agency. */
const COLUMN_WIDTHS = [24, 42, 42, 42, 34];

/**
 * Lays out the leadership 9-box sheet. The title block and the grid form the print area, one
 * landscape page. Below them come the talent pool list in box order 9, 8, 7, the full lists of
 * the boxes too full for the grid, and the rows left out. Every value is plain text or a number; there are no formulas,
 * so the sheet reads the same in an Excel without the add-in.
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
      fitToWidth: 1,
      fitToHeight: 1,
      printArea: cellRange(0, 0, PRINT_ROWS, GRID_COLUMNS),
    },
    chart: chartFor(input),
    boxCells: grid.boxCells,
  };
}
