import { CellRange, CellStyle, ReportValue, RowHeight, StyledRange, ValueBlock } from "./types";

/** Collects the blocks, merges, styles and row heights of a layout as its sections are added. */
export class SheetBuilder {
  readonly blocks: ValueBlock[] = [];
  readonly merges: CellRange[] = [];
  readonly styles: StyledRange[] = [];
  readonly rowHeights: RowHeight[] = [];

  /** Writes a rectangle of values; every row must have the same length. */
  write(row: number, column: number, values: ReportValue[][]): CellRange {
    const columnCount = values[0]?.length ?? 0;
    if (values.some((line) => line.length !== columnCount)) {
      throw new RangeError("Every row of a value block must have the same number of cells.");
    }
    this.blocks.push({ row, column, values });
    return { row, column, rowCount: values.length, columnCount };
  }

  /** Writes one value, optionally merged across a range that starts at its cell. */
  cell(row: number, column: number, value: ReportValue, style?: CellStyle, columnCount = 1): void {
    this.write(row, column, [[value]]);
    const range = { row, column, rowCount: 1, columnCount };
    if (columnCount > 1) {
      this.merges.push(range);
    }
    if (style) {
      this.style(range, style);
    }
  }

  merge(range: CellRange): void {
    this.merges.push(range);
  }

  style(range: CellRange, style: CellStyle): void {
    this.styles.push({ range, style });
  }

  height(row: number, height: number, rowCount = 1): void {
    this.rowHeights.push({ row, rowCount, height });
  }
}

export function cellRange(row: number, column: number, rowCount = 1, columnCount = 1): CellRange {
  return { row, column, rowCount, columnCount };
}
