import { Workbook, Worksheet, Cell, Borders } from "exceljs";
import { columnLetter } from "../../core/sheet/address";
import { buildReportLayout } from "../../core/report/layout";
import { CellRange, CellStyle, ReportLayout } from "../../core/report/types";
import { ReportInput } from "../../core/sheet/types";

/** Name of the sheet in the downloaded workbook. */
export const XLSX_SHEET_NAME = "9-Box";

/** Paper size codes in the page setup of an .xlsx file. */
const PAPER_SIZES = { A4: 9 } as const;

/**
 * Builds the leadership 9-box page as an .xlsx file from the same layout as the Excel path. Text
 * cells are strings with the text number format, never formulas.
 */
export async function buildReportXlsx(input: ReportInput): Promise<ArrayBuffer> {
  const workbook = new Workbook();
  workbook.creator = "ASN Talent 9-Box";
  workbook.created = input.date;
  writeLayoutTo(workbook.addWorksheet(XLSX_SHEET_NAME), buildReportLayout(input));
  const buffer = await workbook.xlsx.writeBuffer();
  // exceljs types the result as a Node Buffer. In the browser it is an ArrayBuffer, so both are
  // copied into a plain ArrayBuffer here.
  const bytes = new Uint8Array(buffer as unknown as ArrayBufferLike);
  return bytes.slice().buffer;
}

/** Writes a layout onto an exceljs worksheet. */
export function writeLayoutTo(sheet: Worksheet, layout: ReportLayout): void {
  layout.columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });

  for (const block of layout.blocks) {
    block.values.forEach((line, row) =>
      line.forEach((value, column) => {
        const cell = sheet.getCell(block.row + row + 1, block.column + column + 1);
        cell.value = value;
        if (typeof value === "string") {
          cell.numFmt = "@";
        }
      })
    );
  }

  for (const range of layout.merges) {
    sheet.mergeCells(
      range.row + 1,
      range.column + 1,
      range.row + range.rowCount,
      range.column + range.columnCount
    );
  }
  for (const { range, style } of layout.styles) {
    applyStyle(sheet, range, style);
  }
  for (const { row, rowCount, height } of layout.rowHeights) {
    for (let offset = 0; offset < rowCount; offset++) {
      sheet.getRow(row + offset + 1).height = height;
    }
  }

  const page = layout.page;
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: page.orientation,
    paperSize: PAPER_SIZES[page.paperSize],
    margins: { ...page.margins },
    fitToPage: true,
    fitToWidth: page.fitToWidth,
    fitToHeight: page.fitToHeight,
    printArea: printAreaFor(page.printArea),
    horizontalCentered: page.centerHorizontally,
  };
  for (const row of page.pageBreakRows) {
    // exceljs adds a break below the row it is called on, which is the 1-based number of the row
    // above the 0-based row that starts the new page.
    sheet.getRow(row).addPageBreak();
  }
}

/**
 * Writes the print area with absolute rows. exceljs 4.4 puts "$" only before each end of the range
 * it is given, so "A1:D20" would come out as "$A1:$D20", which LibreOffice ignores. Given
 * "A$1:D$20", it writes "$A$1:$D$20", the form Excel itself writes.
 */
function printAreaFor(range: CellRange): string {
  const first = `${columnLetter(range.column)}$${range.row + 1}`;
  const last = `${columnLetter(range.column + range.columnCount - 1)}$${range.row + range.rowCount}`;
  return `${first}:${last}`;
}

function applyStyle(sheet: Worksheet, range: CellRange, style: CellStyle): void {
  const lastRow = range.row + range.rowCount - 1;
  const lastColumn = range.column + range.columnCount - 1;
  for (let row = range.row; row <= lastRow; row++) {
    for (let column = range.column; column <= lastColumn; column++) {
      const cell = sheet.getCell(row + 1, column + 1);
      styleCell(cell, style);
      if (style.outline) {
        outlineCell(
          cell,
          row === range.row,
          row === lastRow,
          column === range.column,
          column === lastColumn
        );
      }
    }
  }
}

function styleCell(cell: Cell, style: CellStyle): void {
  if (style.bold !== undefined || style.italic !== undefined || style.fontSize || style.fontColor) {
    cell.font = {
      ...cell.font,
      ...(style.bold !== undefined && { bold: style.bold }),
      ...(style.italic !== undefined && { italic: style.italic }),
      ...(style.fontSize !== undefined && { size: style.fontSize }),
      ...(style.fontColor !== undefined && { color: { argb: `FF${style.fontColor}` } }),
    };
  }
  if (style.fill !== undefined) {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${style.fill}` } };
  }
  if (style.wrap !== undefined || style.horizontal || style.vertical) {
    cell.alignment = {
      ...cell.alignment,
      ...(style.wrap !== undefined && { wrapText: style.wrap }),
      ...(style.horizontal !== undefined && { horizontal: style.horizontal }),
      ...(style.vertical !== undefined && {
        vertical: style.vertical === "center" ? "middle" : "top",
      }),
    };
  }
  if (style.numberFormat !== undefined && typeof cell.value === "number") {
    cell.numFmt = style.numberFormat;
  }
}

function outlineCell(
  cell: Cell,
  top: boolean,
  bottom: boolean,
  left: boolean,
  right: boolean
): void {
  const thin = { style: "thin" as const };
  const border: Partial<Borders> = { ...cell.border };
  if (top) border.top = thin;
  if (bottom) border.bottom = thin;
  if (left) border.left = thin;
  if (right) border.right = thin;
  cell.border = border;
}
