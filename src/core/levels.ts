import { normalizeText } from "./language";

/** A level on either axis: 1 = low / below expectations, 2 = medium / meets, 3 = high / above. */
export type Level = 1 | 2 | 3;

export type Axis = "performance" | "potential";

/** Scale used to read level words that mean different levels on different scales. */
export type WordScale = "skp" | "kurang-cukup-baik";

/**
 * Level words and phrases seen in agency sheets, already normalized (lower case, single spaces).
 * "baik" is missing on purpose: see AMBIGUOUS_WORDS.
 */
const LEVEL_WORDS: ReadonlyMap<string, Level> = new Map<string, Level>([
  // Potential: rendah / menengah / tinggi, with "sedang" for medium.
  ["rendah", 1],
  ["menengah", 2],
  ["sedang", 2],
  ["tinggi", 3],
  ["low", 1],
  ["medium", 2],
  ["high", 3],
  ["l", 1],
  ["m", 2],
  ["h", 3],
  // Performance: the PermenPANRB phrases, in Indonesian and English.
  ["di bawah ekspektasi", 1],
  ["dibawah ekspektasi", 1],
  ["di bawah", 1],
  ["dibawah", 1],
  ["sesuai ekspektasi", 2],
  ["sesuai", 2],
  ["di atas ekspektasi", 3],
  ["diatas ekspektasi", 3],
  ["di atas", 3],
  ["diatas", 3],
  ["below", 1],
  ["below expectations", 1],
  ["meets", 2],
  ["meets expectations", 2],
  ["above", 3],
  ["above expectations", 3],
  ["exceeds", 3],
  ["exceeds expectations", 3],
  // SKP predicates (PermenPANRB 6/2022) and the Kurang / Cukup / Baik scale.
  ["sangat baik", 3],
  ["butuh perbaikan", 1],
  ["perlu perbaikan", 1],
  ["kurang", 1],
  ["sangat kurang", 1],
  ["cukup", 2],
]);

/**
 * Words whose level depends on the scale. "Baik" is "meets expectations" as an SKP predicate but
 * "high" on a Kurang / Cukup / Baik scale. The two readings land people in different boxes (5 or 7),
 * so the word is only read when the cut-offs argument names the scale.
 */
const AMBIGUOUS_WORDS: ReadonlyMap<string, Readonly<Record<WordScale, Level>>> = new Map([
  ["baik", { skp: 2, "kurang-cukup-baik": 3 }],
]);

export const LEVEL_NAMES: Readonly<Record<Axis, Record<"id" | "en", readonly string[]>>> = {
  performance: {
    id: ["di bawah ekspektasi", "sesuai ekspektasi", "di atas ekspektasi"],
    en: ["below expectations", "meets expectations", "above expectations"],
  },
  potential: {
    id: ["rendah", "menengah", "tinggi"],
    en: ["low", "medium", "high"],
  },
};

export type WordLookup =
  | { readonly kind: "level"; readonly level: Level }
  | { readonly kind: "ambiguous"; readonly levels: Readonly<Record<WordScale, Level>> }
  | { readonly kind: "none" };

const NONE: WordLookup = { kind: "none" };

const lookupCache = new Map<string, WordLookup>();

// Bound once at load, because a global lookup per cell is slow in a sandboxed script context.
const toNumber = Number;

/** Looks a level word up, ignoring case, extra spaces and non-breaking spaces. */
export function lookUpLevelWord(text: string): WordLookup {
  const cached = lookupCache.get(text);
  if (cached) {
    return cached;
  }
  const key = normalizeText(text);
  const level = LEVEL_WORDS.get(key);
  const ambiguous = AMBIGUOUS_WORDS.get(key);
  let found: WordLookup = NONE;
  if (level) {
    found = { kind: "level", level };
  } else if (ambiguous) {
    found = { kind: "ambiguous", levels: ambiguous };
  }
  // The cache only grows with distinct texts, which a sheet of level words has few of.
  if (lookupCache.size < 10000) {
    lookupCache.set(text, found);
  }
  return found;
}

/**
 * Reads a number written as text: "85", " 78.5 ", "78,5" (Indonesian decimal comma) and "85%"
 * (read as 85). Returns NaN for anything else, including thousands separators such as "1.234,5".
 */
export function numberFromText(text: string): number {
  const match = /^\s*([+-]?\d+(?:[.,]\d+)?)\s*(%?)\s*$/.exec(text.replace(/\u00a0/g, " "));
  if (!match) {
    return NaN;
  }
  return toNumber(match[1].replace(",", "."));
}

/** Returns true for text written as a percentage, such as "85%" or "3 %". */
export function isPercentText(text: string): boolean {
  return text.trimEnd().endsWith("%");
}
