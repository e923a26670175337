import { Problem, ProblemKind } from "../core";
import { Matrix, describeShape } from "./matrix";

/**
 * Maps each kind of problem to an Excel error value. A blank input gives #N/A (no value yet, like a
 * lookup that finds nothing). Every other problem gives #VALUE!, a number outside its range too:
 * Excel shows a custom function's message only with #VALUE! and #N/A, and a #NUM! without the
 * allowed range would not tell the user what to fix.
 */
function errorCodeOf(kind: ProblemKind): CustomFunctions.ErrorCode {
  switch (kind) {
    case "blank":
      return CustomFunctions.ErrorCode.notAvailable;
    case "range":
    case "unknown":
    case "ambiguous":
    case "invalid":
    case "error":
      return CustomFunctions.ErrorCode.invalidValue;
  }
}

/**
 * Creates the Excel errors of one call. Rows with the same problem share one error object, so a
 * column with thousands of blanks does not allocate thousands of errors.
 */
export class ErrorCache {
  private readonly errors = new Map<string, CustomFunctions.Error>();

  forProblem(problem: Problem): CustomFunctions.Error {
    const key = `${problem.problem}\u0000${problem.message}`;
    let error = this.errors.get(key);
    if (!error) {
      error = new CustomFunctions.Error(errorCodeOf(problem.problem), problem.message);
      this.errors.set(key, error);
    }
    return error;
  }

  /** #N/A for a result cell that one of the arguments does not reach. */
  outsideArgument(name: string, argument: Matrix): CustomFunctions.Error {
    return this.forProblem({
      problem: "blank",
      message:
        `The ${name} range (${describeShape(argument)}) does not reach this cell. ` +
        `Give ranges of the same size, or a single cell.`,
    });
  }
}
