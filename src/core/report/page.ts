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

/**
 * Estimates the width in ems of one character, by character class. The figures are about the
 * widths of DejaVu Sans rounded up. That font is wider than Calibri, so the estimate also applies in
 * a LibreOffice that substitutes DejaVu Sans for Calibri. NOTE: letters outside Latin, such as CJK,
 * are wider than these figures.
 */
function characterEms(character: string): number {
  if ("iljtfr.,:;'!|()[]/ -".includes(character)) {
    return 0.42;
  }
  if ("MWmw@%=+#&~<>…".includes(character)) {
    return 1;
  }
  if (character >= "A" && character <= "Z") {
    return 0.8;
  }
  return 0.65;
}

/**
 * Estimates how many lines a text takes in a wrapped cell, given the cell width in characters of
 * the default font and the text's font size in points. Lines break at spaces, and inside a word
 * longer than a line. The estimate errs on the side of more lines, and it leaves 6 points of the
 * cell width for the cell's padding.
 */
export function wrappedLineCount(
  text: string,
  columnCharacters: number,
  fontPoints: number
): number {
  const lineEms = (charactersToPoints(columnCharacters) - 6) / fontPoints;
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines += paragraphLines(paragraph, lineEms);
  }
  return lines;
}

function paragraphLines(paragraph: string, lineEms: number): number {
  const spaceEms = characterEms(" ");
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(" ")) {
    let wordEms = 0;
    for (const character of word) {
      wordEms += characterEms(character);
    }
    const needed = used === 0 ? wordEms : used + spaceEms + wordEms;
    if (needed <= lineEms) {
      used = needed;
      continue;
    }
    if (used > 0) {
      lines++;
      used = 0;
    }
    // A word longer than a line breaks between characters.
    for (const character of word) {
      const width = characterEms(character);
      if (used + width > lineEms) {
        lines++;
        used = 0;
      }
      used += width;
    }
  }
  return lines;
}

/**
 * Shortens a text with "…" so that it takes at most maxLines in a wrapped cell of the given width.
 * Returns the text unchanged when it already fits.
 */
export function shortenToLines(
  text: string,
  maxLines: number,
  columnCharacters: number,
  fontPoints: number
): string {
  if (wrappedLineCount(text, columnCharacters, fontPoints) <= maxLines) {
    return text;
  }
  // A line contains at most lineEms / 0.42 characters, so this start is long enough.
  let length = Math.min(
    text.length,
    Math.ceil((maxLines * charactersToPoints(columnCharacters)) / (0.42 * fontPoints))
  );
  let shortened = `${text.slice(0, length).trimEnd()}…`;
  while (length > 1 && wrappedLineCount(shortened, columnCharacters, fontPoints) > maxLines) {
    length--;
    shortened = `${text.slice(0, length).trimEnd()}…`;
  }
  return shortened;
}
