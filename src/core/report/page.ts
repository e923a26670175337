import { PageMargins, ReportLayout } from "./types";

/** A4 in points (210 x 297 mm), turned to landscape. */
const A4_LANDSCAPE_POINTS = { width: 841.89, height: 595.28 };

/** Excel's "Normal" margins in inches, which both writers set explicitly. */
export const PRINT_MARGINS: PageMargins = {
  left: 0.7,
  right: 0.7,
  top: 0.75,
  bottom: 0.75,
  header: 0.3,
  footer: 0.3,
};

const POINTS_PER_INCH = 72;

/** Height of a row that the layout gives no height, for the default font (Calibri 11). */
export const DEFAULT_ROW_HEIGHT_POINTS = 15;

/**
 * Converts a width in characters of the default font (Calibri 11, 7 pixels a character plus
 * 5 pixels of padding) to points, the unit of Range.format.columnWidth.
 */
export function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Width and height in points of the part of an A4 landscape page inside the margins. */
export function printableSize(): { width: number; height: number } {
  return {
    width: A4_LANDSCAPE_POINTS.width - (PRINT_MARGINS.left + PRINT_MARGINS.right) * POINTS_PER_INCH,
    height:
      A4_LANDSCAPE_POINTS.height - (PRINT_MARGINS.top + PRINT_MARGINS.bottom) * POINTS_PER_INCH,
  };
}

/**
 * Estimates the scale at which a layout prints when its print area is fitted to one page wide.
 * NOTE: an estimate, because Excel and LibreOffice measure the default font's characters
 * slightly differently.
 */
export function fitToWidthScale(layout: ReportLayout): number {
  const area = layout.page.printArea;
  let width = 0;
  for (let column = area.column; column < area.column + area.columnCount; column++) {
    width += charactersToPoints(layout.columnWidths[column] ?? 0);
  }
  return Math.min(1, printableSize().width / width);
}

/** Height in points of the rows from firstRow up to, but not including, endRow. */
export function rowsHeight(layout: ReportLayout, firstRow: number, endRow: number): number {
  const heights = new Map<number, number>();
  for (const { row, rowCount, height } of layout.rowHeights) {
    for (let offset = 0; offset < rowCount; offset++) {
      heights.set(row + offset, height);
    }
  }
  let total = 0;
  for (let row = firstRow; row < endRow; row++) {
    total += heights.get(row) ?? DEFAULT_ROW_HEIGHT_POINTS;
  }
  return total;
}
