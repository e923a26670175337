import { Problem, boxOf, isProblem, readCutoffs, readLevel, readNumbering } from "../core";

/**
 * Returns the talent box (1 to 9) of a performance and a potential.
 * @customfunction
 * @param performance Performance (kinerja): a score, a level 1 to 3 or a level word.
 * @param potential Potential (potensial): a score, a level 1 to 3 or a level word.
 * @returns The box number.
 */
export function talentBox(performance: number | string, potential: number | string): number {
  const cutoffs = readCutoffs(null);
  const numbering = readNumbering(null);
  if (isProblem(cutoffs) || isProblem(numbering)) {
    throw toError(cutoffs as Problem);
  }
  const a = readLevel(performance, "performance", cutoffs);
  const b = readLevel(potential, "potential", cutoffs);
  if (isProblem(a)) throw toError(a);
  if (isProblem(b)) throw toError(b);
  return boxOf(a, b, numbering);
}

function toError(problem: Problem): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, problem.message);
}
