/**
 * A stand-in for the CustomFunctions global that Excel's runtime provides: the Error class and the
 * ErrorCode values, with the same codes Excel shows in the cell.
 */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class FakeError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

export function installCustomFunctions(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = { Error: FakeError, ErrorCode };
}

/** A result cell as the test reads it: the value, or the error code with its message. */
export function shown(cell: unknown): unknown {
  return cell instanceof FakeError ? `${cell.code} ${cell.message ?? ""}`.trim() : cell;
}

export function shownMatrix(matrix: unknown[][]): unknown[][] {
  return matrix.map((row) => row.map(shown));
}
