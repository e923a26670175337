/**
 * Reason a raw input could not be turned into a level, a box or a KPI figure.
 *
 * Custom functions map each kind to an Excel error value, and the task pane shows the message next
 * to the row it left out. One list keeps both places in step.
 */
export type ProblemKind =
  | "blank" // the input is empty (or 0, which Excel desktop passes for an empty cell)
  | "unknown" // text that is not a known level word or number
  | "ambiguous" // an input that could mean two different levels; needs cut-offs to decide
  | "range" // a number outside the allowed range
  | "invalid" // an option (cut-offs, numbering, language, target) that cannot be read
  | "error"; // the cell itself contains an Excel error such as #N/A

export interface Problem {
  readonly problem: ProblemKind;
  readonly message: string;
}

export function problem(kind: ProblemKind, message: string): Problem {
  return { problem: kind, message };
}

export function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && "problem" in value;
}
