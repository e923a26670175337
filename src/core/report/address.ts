import { columnLetter } from "../sheet/address";
import { CellRange } from "./types";

/** "B3:D5" (or "B3" for one cell) for a 0-based range. */
export function rangeAddress(range: CellRange): string {
  const first = `${columnLetter(range.column)}${range.row + 1}`;
  if (range.rowCount === 1 && range.columnCount === 1) {
    return first;
  }
  const lastColumn = columnLetter(range.column + range.columnCount - 1);
  return `${first}:${lastColumn}${range.row + range.rowCount}`;
}
