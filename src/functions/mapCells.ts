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
  const result: unknown[][] = newArray(rows);

  for (let row = 0; row < rows; row++) {
    const line: unknown[] = columns === 1 ? [undefined] : newArray(columns);
    for (let column = 0; column < columns; column++) {
      const value = cellAt(first.cells, row, column);
      let cell: unknown;
      if (value === OUTSIDE) {
        cell = errors.outsideArgument(first.name, first.cells);
      } else {
        const computed = compute(value, options);
        cell = isProblem(computed) ? errors.forProblem(computed) : computed;
      }
      line[column] = cell;
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
  const result: unknown[][] = newArray(rows);

  for (let row = 0; row < rows; row++) {
    const line: unknown[] = columns === 1 ? [undefined] : newArray(columns);
    for (let column = 0; column < columns; column++) {
      const a = cellAt(first.cells, row, column);
      const b = cellAt(second.cells, row, column);
      let cell: unknown;
      if (a === OUTSIDE) {
        cell = errors.outsideArgument(first.name, first.cells);
      } else if (b === OUTSIDE) {
        cell = errors.outsideArgument(second.name, second.cells);
      } else {
        const computed = compute(a, b, options);
        cell = isProblem(computed) ? errors.forProblem(computed) : computed;
      }
      line[column] = cell;
    }
    result[row] = line;
  }
  return result;
}
