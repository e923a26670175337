import { Problem, isProblem } from "../core";
import { ErrorCache } from "./excelErrors";
import { Matrix, OUTSIDE, broadcastShape, cellAt } from "./matrix";

// Bound once at load, because a global lookup per row is slow in a sandboxed script context (see
// core/coerce.ts). Rows are allocated at their final size, because V8 grows an empty array to 17
// slots on its first write, which multiplies the garbage of a 100,000-row call.
const ArrayConstructor = Array;

function newArray<T>(length: number): T[] {
  return new ArrayConstructor<T>(length);
}

/**
 * Hands out one shared one-cell row per distinct plain value (a box number, a status text), so a
 * single-column result of 100,000 rows needs a few arrays instead of 100,000. Excel copies the
 * result out of the returned arrays, so rows that hold the same value may be the same array. Error
 * objects always get their own row, and after MAX_SHARED_ROWS distinct values (achievement
 * fractions, for example) new rows are allocated as usual.
 */
class SharedRows {
  private readonly rows = new Map<unknown, unknown[]>();

  rowOf(cell: unknown): unknown[] {
    if (typeof cell === "object" && cell !== null) {
      return [cell];
    }
    let row = this.rows.get(cell);
    if (row === undefined) {
      row = [cell];
      if (this.rows.size < MAX_SHARED_ROWS) {
        this.rows.set(cell, row);
      }
    }
    return row;
  }
}

const MAX_SHARED_ROWS = 64;

/** Content of one result cell: a value, or the problem that becomes the cell's Excel error. */
export type CellValue = number | string | boolean | Problem;

/** An argument of a call, with the name its messages use. */
export interface Argument {
  readonly name: string;
  readonly cells: Matrix;
}

/**
 * Computes one result cell per input cell. The caller reads the options once, before the loop, and
 * passes them in as `options`. A problem in one cell becomes that cell's error, and the loop goes on.
 */
export function mapCells<Options>(
  first: Argument,
  options: Options,
  compute: (value: unknown, options: Options) => CellValue
): unknown[][] {
  const { rows, columns } = broadcastShape([first.cells]);
  const errors = new ErrorCache();
  const shared = new SharedRows();
  const result: unknown[][] = newArray(rows);

  for (let row = 0; row < rows; row++) {
    if (columns === 1) {
      result[row] = shared.rowOf(singleCell(first, row, 0, options, compute, errors));
      continue;
    }
    const line: unknown[] = newArray(columns);
    for (let column = 0; column < columns; column++) {
      line[column] = singleCell(first, row, column, options, compute, errors);
    }
    result[row] = line;
  }
  return result;
}

/** Like mapCells, for two arguments broadcast against each other. */
export function mapCellPairs<Options>(
  first: Argument,
  second: Argument,
  options: Options,
  compute: (a: unknown, b: unknown, options: Options) => CellValue
): unknown[][] {
  const { rows, columns } = broadcastShape([first.cells, second.cells]);
  const errors = new ErrorCache();
  const shared = new SharedRows();
  const result: unknown[][] = newArray(rows);

  for (let row = 0; row < rows; row++) {
    if (columns === 1) {
      result[row] = shared.rowOf(pairCell(first, second, row, 0, options, compute, errors));
      continue;
    }
    const line: unknown[] = newArray(columns);
    for (let column = 0; column < columns; column++) {
      line[column] = pairCell(first, second, row, column, options, compute, errors);
    }
    result[row] = line;
  }
  return result;
}

function singleCell<Options>(
  first: Argument,
  row: number,
  column: number,
  options: Options,
  compute: (value: unknown, options: Options) => CellValue,
  errors: ErrorCache
): unknown {
  const value = cellAt(first.cells, row, column);
  if (value === OUTSIDE) {
    return errors.outsideArgument(first.name, first.cells);
  }
  const computed = compute(value, options);
  return isProblem(computed) ? errors.forProblem(computed) : computed;
}

function pairCell<Options>(
  first: Argument,
  second: Argument,
  row: number,
  column: number,
  options: Options,
  compute: (a: unknown, b: unknown, options: Options) => CellValue,
  errors: ErrorCache
): unknown {
  const a = cellAt(first.cells, row, column);
  if (a === OUTSIDE) {
    return errors.outsideArgument(first.name, first.cells);
  }
  const b = cellAt(second.cells, row, column);
  if (b === OUTSIDE) {
    return errors.outsideArgument(second.name, second.cells);
  }
  const computed = compute(a, b, options);
  return isProblem(computed) ? errors.forProblem(computed) : computed;
}
