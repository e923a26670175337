import { Problem, isProblem } from "../../src/core";

/** Returns a read result that must be a problem, and fails the test with the value otherwise. */
export function problemOf(read: unknown): Problem {
  if (!isProblem(read)) {
    throw new Error(`expected a problem, got ${JSON.stringify(read)}`);
  }
  return read;
}
