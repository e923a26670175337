import { Language } from "./language";
import { isPercentText, numberFromText } from "./levels";
import { excelErrorCode, isBlankValue } from "./coerce";
import { Problem, problem } from "./problems";

// Bound once at load, because a global lookup per cell is slow in a sandboxed script context.
const { round } = Math;
const POSITIVE_INFINITY = Number.POSITIVE_INFINITY;

/** The city's minimum monthly target: 80% of the month's planned programs completed. */
export const DEFAULT_TARGET_PERCENT = 80;

export type KpiStatus = "met" | "below" | "none-planned";

export const KPI_STATUS_TEXT: Readonly<Record<KpiStatus, Record<Language, string>>> = {
  met: { id: "Memenuhi target", en: "Target met" },
  below: { id: "Di bawah target", en: "Below target" },
  "none-planned": { id: "Tidak ada program direncanakan", en: "No programs planned" },
};

/** The five-band national evaluation scale (Permendagri 86/2017). */
export type KpiBand = "very-high" | "high" | "medium" | "low" | "very-low";

export const KPI_BAND_TEXT: Readonly<Record<KpiBand, Record<Language, string>>> = {
  "very-high": { id: "Sangat tinggi", en: "Very high" },
  high: { id: "Tinggi", en: "High" },
  medium: { id: "Sedang", en: "Medium" },
  low: { id: "Rendah", en: "Low" },
  "very-low": { id: "Sangat rendah", en: "Very low" },
};

/**
 * Reads a count of programs. Blank and 0 both mean none (Excel desktop passes an empty cell as 0),
 * numbers stored as text are read as numbers, and negative or non-numeric counts are refused.
 */
export function readCount(value: unknown, name: "done" | "planned"): number | Problem {
  if (typeof value === "number" && value >= 0 && value !== POSITIVE_INFINITY) {
    return value;
  }
  if (value === null || value === undefined) {
    return 0;
  }
  const error = excelErrorCode(value);
  if (error) {
    return problem("error", `The ${name} cell holds the error ${error}. Fix that cell first.`);
  }
  let count = value;
  if (typeof value === "string") {
    if (value.replace(/\u00a0/g, " ").trim() === "") {
      return 0;
    }
    if (isPercentText(value)) {
      return problem(
        "unknown",
        `The ${name} count ${JSON.stringify(value)} is a percentage, not a number of programs. ` +
          `Enter the count of programs, 0 or more.`
      );
    }
    count = numberFromText(value);
  }
  if (typeof count !== "number" || (Number.isNaN(count) && typeof value !== "number")) {
    return problem(
      "unknown",
      `The ${name} count ${JSON.stringify(value)} is not a number. Enter the number of programs, 0 or more.`
    );
  }
  if (!(count >= 0 && Number.isFinite(count))) {
    return problem(
      "range",
      `The ${name} count ${String(value)} is outside the allowed range. Enter the number of programs, 0 or more.`
    );
  }
  return count;
}

/**
 * Reads a target as a percentage. 80, "80%" and 0.8 (80% as Excel stores it) all mean 80%;
 * a number up to 1 is read as a fraction, so 1 means 100%. Blank means the default of 80%, and so
 * does 0, because Excel desktop passes a reference to an empty cell as 0.
 */
export function readTarget(value: unknown): number | Problem {
  if (isBlankValue(value)) {
    return DEFAULT_TARGET_PERCENT;
  }
  const number = typeof value === "string" ? numberFromText(value) : value;
  if (typeof number !== "number" || Number.isNaN(number)) {
    return problem(
      "invalid",
      `Target ${JSON.stringify(value)} is not a number. Use a percentage such as 80% or 80.`
    );
  }
  // Text with a percent sign is already a percentage: "1%" is 1%, not 100%.
  const typedAsPercent = typeof value === "string" && isPercentText(value);
  const percent = number <= 1 && !typedAsPercent ? number * 100 : number;
  if (!(percent > 0 && percent <= 100)) {
    return problem(
      "range",
      `Target ${String(value)} is outside the allowed range. Use a percentage above 0% and up to 100%.`
    );
  }
  return percent;
}

/**
 * Achievement as a fraction (0.8 for 80%), or null when nothing was planned. Done above planned is
 * kept as is (extra programs give more than 100%).
 */
export function achievement(done: number, planned: number): number | null {
  return planned === 0 ? null : done / planned;
}

/** Rounds a percentage to 9 decimal places, so 4 of 5 done (80.00000000000001%) counts as 80%. */
function asPercent(fraction: number): number {
  return round(fraction * 100 * 1e9) / 1e9;
}

/** Rates the month against a target percentage. Achievement exactly at the target meets it. */
export function kpiStatus(
  done: number,
  planned: number,
  targetPercent = DEFAULT_TARGET_PERCENT
): KpiStatus {
  const fraction = achievement(done, planned);
  if (fraction === null) {
    return "none-planned";
  }
  return asPercent(fraction) >= targetPercent ? "met" : "below";
}

/** Evaluates an achievement fraction on the five-band scale. */
export function kpiBand(fraction: number): KpiBand {
  const percent = asPercent(fraction);
  if (percent >= 91) {
    return "very-high";
  }
  if (percent >= 76) {
    return "high";
  }
  if (percent >= 66) {
    return "medium";
  }
  // The published bands stop at whole numbers: 51 to under 66 is low, and 50 and below is very
  // low. Values between 50 and 51 are read as low.
  if (percent > 50) {
    return "low";
  }
  return "very-low";
}
