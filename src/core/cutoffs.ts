import { Language, normalizeText } from "./language";
import { LEVEL_NAMES, WordScale } from "./levels";
import { Problem, isProblem, problem } from "./problems";

/** A boundary between two levels. */
export interface Cutoff {
  readonly value: number;
  /** True when a score equal to the value already belongs to the higher level (">= value"). */
  readonly inclusive: boolean;
}

/** Boundaries that cut numeric scores on one axis into the three levels. */
export interface Cutoffs {
  /** Boundary between low and medium. */
  readonly lower: Cutoff;
  /** Boundary between medium and high. */
  readonly upper: Cutoff;
  /** Lowest and highest score the scale allows, both inclusive. */
  readonly min: number;
  readonly max: number;
  /** True when the user gave the numbers; then 1, 2 and 3 are scores, not level numbers. */
  readonly explicit: boolean;
  /** Scale named by the user for words such as "Baik" whose level depends on the scale. */
  readonly wordScale?: WordScale;
}

/**
 * The default for numeric scores: a 0 to 100 scale with low below 60, medium from 60 up to but not
 * including 80, and high from 80, as in the applications that follow the 2025 BKN decree.
 */
export const DEFAULT_CUTOFFS: Cutoffs = {
  lower: { value: 60, inclusive: true },
  upper: { value: 80, inclusive: true },
  min: 0,
  max: 100,
  explicit: false,
};

const WORD_SCALES: Record<string, WordScale> = {
  skp: "skp",
  "predikat skp": "skp",
  "kurang-cukup-baik": "kurang-cukup-baik",
  "kurang/cukup/baik": "kurang-cukup-baik",
  "kurang cukup baik": "kurang-cukup-baik",
  kcb: "kurang-cukup-baik",
};

export const CUTOFF_HELP =
  'Pass cut-offs as two numbers such as {60,80} (60 and 80 start medium and high), as text such as "60;80" ' +
  'or ">60;>80" (a score must be above the number), or as four numbers {min,low/medium,medium/high,max} ' +
  'for another scale, for example {0,90,">100",120}.';

/**
 * Reads a cut-offs argument. Blank means the default. Otherwise the argument is a range or array of
 * two or four cut-offs, or text separated by ";" or ",", optionally with the word scale "SKP" or
 * "Kurang/Cukup/Baik".
 */
export function readCutoffs(value: unknown): Cutoffs | Problem {
  const items = flattenItems(value);
  // A reference to empty cells arrives as zeros from Excel desktop and means "no cut-offs".
  if (items.every((item) => item === 0)) {
    return DEFAULT_CUTOFFS;
  }

  let wordScale: WordScale | undefined;
  const numbers: Cutoff[] = [];
  for (const item of items) {
    const scale = typeof item === "string" ? WORD_SCALES[normalizeText(item)] : undefined;
    if (scale) {
      wordScale = scale;
      continue;
    }
    const cutoff = readCutoff(item);
    if (isProblem(cutoff)) {
      return cutoff;
    }
    numbers.push(cutoff);
  }

  if (numbers.length === 0) {
    return { ...DEFAULT_CUTOFFS, wordScale };
  }
  if (numbers.length === 2) {
    const [lower, upper] = numbers;
    // A scale whose top cut-off reaches 100 (the SKP final score, for example) has no upper bound.
    const max = upper.value >= 100 ? Infinity : 100;
    return checked({ lower, upper, min: 0, max, explicit: true, wordScale }, items);
  }
  if (numbers.length === 4) {
    const [min, lower, upper, max] = numbers;
    return checked(
      { lower, upper, min: min.value, max: max.value, explicit: true, wordScale },
      items
    );
  }
  return problem(
    "invalid",
    `Cut-offs ${describe(items)} have ${numbers.length} numbers; two or four are needed. ${CUTOFF_HELP}`
  );
}

function checked(cutoffs: Cutoffs, items: unknown[]): Cutoffs | Problem {
  const { lower, upper, min, max } = cutoffs;
  if (min <= lower.value && lower.value < upper.value && upper.value <= max) {
    return cutoffs;
  }
  return problem(
    "invalid",
    `Cut-offs ${describe(items)} must increase from the scale's minimum to its maximum. ${CUTOFF_HELP}`
  );
}

function readCutoff(item: unknown): Cutoff | Problem {
  if (typeof item === "number" && Number.isFinite(item)) {
    return { value: item, inclusive: true };
  }
  if (typeof item === "string") {
    const match = /^\s*(>=|≥|=>|>)?\s*([+-]?\d+(?:[.,]\d+)?)\s*%?\s*$/.exec(item);
    if (match) {
      return { value: Number(match[2].replace(",", ".")), inclusive: match[1] !== ">" };
    }
  }
  return problem("invalid", `Cut-off "${String(item)}" is not a number. ${CUTOFF_HELP}`);
}

/**
 * Lists the items of a cut-offs argument. Excel passes even a single text argument such as "60;80"
 * as a one-cell range, so text is split into its parts wherever it appears.
 */
function flattenItems(value: unknown): unknown[] {
  const cells = Array.isArray(value) ? (value as unknown[]).flat() : [value];
  const items: unknown[] = [];
  for (const cell of cells) {
    if (typeof cell === "string") {
      // With ";" or "|" between cut-offs a comma is a decimal comma ("60,5;80"), as in Indonesian
      // Excel. Without them a comma separates cut-offs ("60,80").
      const separator = /[;|]/.test(cell) ? /[;|]/ : /,/;
      for (const part of cell.split(separator)) {
        if (part.trim() !== "") {
          items.push(part.trim());
        }
      }
    } else if (cell !== null && cell !== undefined) {
      items.push(cell);
    }
  }
  return items;
}

function describe(items: unknown[]): string {
  return `{${items.map((item) => (typeof item === "string" ? `"${item}"` : String(item))).join(",")}}`;
}

/**
 * Shows cut-offs the way a person reads them ("medium >= 60, high >= 80 (scale 0 to 100)"), in the
 * language asked for, with a decimal comma in Indonesian. The pane and the report both use it.
 */
export function formatCutoffs(cutoffs: Cutoffs, language: Language = "en"): string {
  const number = (value: number) =>
    language === "id" ? String(value).replace(".", ",") : String(value);
  const bound = (cutoff: Cutoff) => `${cutoff.inclusive ? ">=" : ">"} ${number(cutoff.value)}`;
  const [, medium, high] = LEVEL_NAMES.potential[language];
  const min = number(cutoffs.min);
  let scale: string;
  if (language === "id") {
    const top = Number.isFinite(cutoffs.max) ? number(cutoffs.max) : "tanpa batas";
    scale = `skala ${min} sampai ${top}`;
  } else {
    const top = Number.isFinite(cutoffs.max) ? number(cutoffs.max) : "no limit";
    scale = `scale ${min} to ${top}`;
  }
  return `${medium} ${bound(cutoffs.lower)}, ${high} ${bound(cutoffs.upper)} (${scale})`;
}
