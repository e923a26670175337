/**
 * Range in, range out. Excel passes every matrix argument as rows of cells and spills a returned
 * matrix. Arguments of different sizes are broadcast the way Excel's own functions do it.
 */
export type Matrix = readonly (readonly unknown[])[];

export interface Shape {
  readonly rows: number;
  readonly columns: number;
}

/** Marks a cell that lies outside an argument which is neither one cell nor the result's size. */
export const OUTSIDE: unique symbol = Symbol("outside the argument's range");

/**
 * Turns an argument into a matrix. Excel always sends matrix arguments as rows of cells, but an
 * omitted argument arrives as null and a test or another caller may pass a single value.
 */
export function toMatrix(value: unknown): Matrix {
  if (!Array.isArray(value)) {
    return [[value]];
  }
  if (value.length === 0) {
    return [[null]];
  }
  if (!Array.isArray(value[0])) {
    return [value];
  }
  return value as Matrix;
}

/** Excel ranges and array constants are rectangular, so the first row gives the width. */
function columnsOf(matrix: Matrix): number {
  return matrix[0].length;
}

/**
 * Computes the size of the result. In each direction the largest argument wins, and an argument of
 * one row (or one column) is repeated along it.
 */
export function broadcastShape(matrices: readonly Matrix[]): Shape {
  let rows = 1;
  let columns = 1;
  for (const matrix of matrices) {
    rows = matrix.length > rows ? matrix.length : rows;
    columns = columnsOf(matrix) > columns ? columnsOf(matrix) : columns;
  }
  return { rows, columns };
}

/** Returns the cell of an argument that feeds result cell (row, column), or OUTSIDE. */
export function cellAt(matrix: Matrix, row: number, column: number): unknown {
  const line = matrix.length === 1 ? matrix[0] : matrix[row];
  if (line === undefined) {
    return OUTSIDE;
  }
  if (line.length === 1) {
    return line[0];
  }
  return column < line.length ? line[column] : OUTSIDE;
}

/** Creates a result matrix of the given size with every cell set to one value. */
export function filledMatrix<T>(shape: Shape, value: T): T[][] {
  const result: T[][] = new Array(shape.rows);
  for (let row = 0; row < shape.rows; row++) {
    result[row] = new Array(shape.columns).fill(value);
  }
  return result;
}

/** Describes the size of a matrix for messages, for example "10 rows x 1 column". */
export function describeShape(matrix: Matrix): string {
  const rows = matrix.length;
  const columns = columnsOf(matrix);
  return `${rows} ${rows === 1 ? "row" : "rows"} x ${columns} ${columns === 1 ? "column" : "columns"}`;
}
