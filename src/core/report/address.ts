import { CellRange } from "./types";

/** "A", "B", ..., "Z", "AA" for a 0-based column index. */
export function columnLetters(column: number): string {
  let letters = "";
  let rest = column + 1;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** "B3:D5" (or "B3" for one cell) for a 0-based range. */
export function rangeAddress(range: CellRange): string {
  const first = `${columnLetters(range.column)}${range.row + 1}`;
  if (range.rowCount === 1 && range.columnCount === 1) {
    return first;
  }
  const lastColumn = columnLetters(range.column + range.columnCount - 1);
  return `${first}:${lastColumn}${range.row + range.rowCount}`;
}
