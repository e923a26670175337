import { CUTOFF_HELP, Cutoffs, DEFAULT_CUTOFFS } from "./cutoffs";
import { Axis, Level, isPercentText, lookUpLevelWord, numberFromText } from "./levels";
import { Problem, problem } from "./problems";

// Bound once at load, because a sandboxed script context looks up every global name such as Math
// through the sandbox on each use. In Node's vm, where the tests and the benchmark load the bundle,
// that lookup costs more than the rest of the work per cell.
const { round } = Math;
const { isFinite: isFiniteNumber, isNaN: isNotANumber } = Number;

/**
 * The one place that turns a raw cell value into a level, used by the custom functions and by the
 * task pane's sheet reader alike.
 *
 * Blank rule: null, undefined, "" and text of only spaces are blank, and so is the number 0. Excel
 * desktop passes an empty cell to a custom function as 0 while Excel on the web passes null, so 0
 * cannot be distinguished from an empty cell. Because both read as "no score", a missing score
 * never lands in box 1 on any platform. A real lowest score is written as a level word ("rendah").
 *
 * Numbers stored as text ("85", "78,5", "85%") are read as numbers, everywhere.
 */
export function readLevel(
  value: unknown,
  axis: Axis,
  cutoffs: Cutoffs = DEFAULT_CUTOFFS
): Level | Problem {
  if (typeof value === "number") {
    return levelFromNumber(value, axis, cutoffs, value);
  }
  if (typeof value === "string") {
    return levelFromText(value, axis, cutoffs);
  }
  if (value === null || value === undefined) {
    return blank(axis);
  }
  if (typeof value === "boolean") {
    return problem(
      "unknown",
      `${label(axis)} ${String(value).toUpperCase()} is not a score or a level. ${LEVEL_HELP}`
    );
  }
  const error = excelErrorCode(value);
  if (error) {
    return problem("error", `${label(axis)} cell holds the error ${error}. Fix that cell first.`);
  }
  return problem(
    "unknown",
    `${label(axis)} "${String(value)}" is not a score or a level. ${LEVEL_HELP}`
  );
}

const LEVEL_HELP =
  'Use a score, a level number 1 to 3, or a level word such as "rendah", "menengah", "tinggi" or ' +
  '"di atas ekspektasi".';

const EXCEL_ERRORS = new Set([
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#GETTING_DATA",
]);

/** True for the text Office.js reports for a cell holding an Excel error value. */
export function isExcelErrorText(text: string): boolean {
  const trimmed = text.trim();
  return (
    trimmed.length > 1 &&
    trimmed.charCodeAt(0) === 35 /* # */ &&
    EXCEL_ERRORS.has(trimmed.toUpperCase())
  );
}

/**
 * Returns the error code ("#N/A", "#DIV/0!", ...) of a cell that contains an Excel error, or
 * undefined. Office.js reports such a cell as its error text. An object with such a `code`, the
 * shape of CustomFunctions.Error, is read the same way.
 */
export function excelErrorCode(value: unknown): string | undefined {
  if (typeof value === "string") {
    return isExcelErrorText(value) ? value.trim().toUpperCase() : undefined;
  }
  if (typeof value === "object" && value !== null && "code" in value) {
    const code = (value as { code: unknown }).code;
    return typeof code === "string" && isExcelErrorText(code)
      ? code.trim().toUpperCase()
      : undefined;
  }
  return undefined;
}

/** True when a raw value counts as blank under the blank rule above. */
export function isBlankValue(value: unknown): boolean {
  if (value === null || value === undefined || value === 0) {
    return true;
  }
  // String.prototype.trim also removes non-breaking spaces (U+00A0), so they count as blank.
  return typeof value === "string" && value.trim() === "";
}

function levelFromText(text: string, axis: Axis, cutoffs: Cutoffs): Level | Problem {
  const word = lookUpLevelWord(text);
  if (word.kind === "level") {
    return word.level;
  }
  if (word.kind === "ambiguous") {
    if (cutoffs.wordScale) {
      return word.levels[cutoffs.wordScale];
    }
    return problem(
      "ambiguous",
      `${label(axis)} "${text.trim()}" is ambiguous: as an SKP predicate it means meets expectations ` +
        `(level 2), on a Kurang/Cukup/Baik scale it means high (level 3). Pass "SKP" or ` +
        `"Kurang/Cukup/Baik" as the cut-offs argument, or write the level word instead.`
    );
  }
  if (isBlankValue(text)) {
    return blank(axis);
  }
  if (isExcelErrorText(text)) {
    return problem(
      "error",
      `${label(axis)} cell holds the error ${text.trim()}. Fix that cell first.`
    );
  }
  const number = numberFromText(text);
  if (!isNotANumber(number)) {
    // "3%" is a percentage score, so it is cut by the cut-offs and never read as level 3.
    const percent = isPercentText(text);
    return levelFromNumber(number, axis, cutoffs, `"${text.trim()}"`, percent);
  }
  return problem("unknown", `${label(axis)} "${text.trim()}" is not a known level. ${LEVEL_HELP}`);
}

function levelFromNumber(
  raw: number,
  axis: Axis,
  cutoffs: Cutoffs,
  displayValue: unknown,
  percent = false
): Level | Problem {
  if (raw === 0) {
    return blank(axis);
  }
  if (!isFiniteNumber(raw)) {
    return problem(
      "range",
      `${label(axis)} ${String(displayValue)} is not a finite number. ${rangeHelp(cutoffs)}`
    );
  }

  // Rounded before every check, so that 100.00000000000001 from a sum of weighted parts is still
  // on a 0 to 100 scale, and 79.99999999999999 still reaches an 80 cut-off.
  const score = roundScore(raw);
  if (!cutoffs.explicit && !percent) {
    if (score === 1 || score === 2 || score === 3) {
      return score;
    }
    // A fraction is most likely a percentage cell (0.85 displayed as 85%), so report that instead of
    // guessing.
    if (score > 0 && score < 1) {
      return problem(
        "ambiguous",
        `${label(axis)} ${String(displayValue)} looks like a percentage stored as a fraction (a cell ` +
          `formatted as ${round(score * 1000) / 10}%). Enter the score as ${round(score * 1000) / 10}, ` +
          `or pass cut-offs on the 0 to 1 scale such as {0,0.6,0.8,1}.`
      );
    }
    // A small number could be a level number, a 1-to-5 rating or a 0-to-10 score: never guess.
    if (score > 0 && score <= 10) {
      return problem(
        "ambiguous",
        `${label(axis)} ${String(displayValue)} could be a level number (1 to 3) or a score on a small scale ` +
          `such as 1 to 5. Use a whole level number 1 to 3, or pass the scale's cut-offs. ${CUTOFF_HELP}`
      );
    }
  }

  if (score < cutoffs.min || score > cutoffs.max) {
    return problem(
      "range",
      `${label(axis)} ${String(displayValue)} is outside the scale. ${rangeHelp(cutoffs)}`
    );
  }
  return levelOfRoundedScore(score, cutoffs);
}

/** Rounds a score to 9 decimal places, which removes floating-point noise from weighted sums. */
function roundScore(score: number): number {
  return round(score * 1e9) / 1e9;
}

/**
 * Cuts a score into a level. Scores are rounded to 9 decimal places first, so that a weighted score
 * of 80 that floating point computed as 79.99999999999999 still reaches an 80 cut-off.
 */
export function levelFromScore(score: number, cutoffs: Cutoffs): Level {
  return levelOfRoundedScore(roundScore(score), cutoffs);
}

function levelOfRoundedScore(rounded: number, cutoffs: Cutoffs): Level {
  if (reaches(rounded, cutoffs.upper.value, cutoffs.upper.inclusive)) {
    return 3;
  }
  if (reaches(rounded, cutoffs.lower.value, cutoffs.lower.inclusive)) {
    return 2;
  }
  return 1;
}

function reaches(score: number, value: number, inclusive: boolean): boolean {
  return inclusive ? score >= value : score > value;
}

function rangeHelp(cutoffs: Cutoffs): string {
  const top = Number.isFinite(cutoffs.max) ? `to ${cutoffs.max}` : "or more";
  return `Use a score from ${cutoffs.min} ${top}, or pass cut-offs for your scale. ${CUTOFF_HELP}`;
}

function blank(axis: Axis): Problem {
  return problem(
    "blank",
    `${label(axis)} is blank (or 0, which Excel passes for an empty cell), so no box is given. ` +
      `Enter the score or level.`
  );
}

function label(axis: Axis): string {
  return axis === "performance" ? "Performance" : "Potential";
}
