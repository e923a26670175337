import { Language, normalizeText } from "./language";
import { excelErrorCode, isBlankValue } from "./coerce";
import { LEVEL_NAMES, Level, numberFromText } from "./levels";
import { Problem, problem } from "./problems";

/**
 * Box numbering. "permenpanrb" is the government table of PermenPANRB 3/2020 and the default;
 * "corporate" numbers the grid row by row from the bottom left (box = 3 x (potential - 1) +
 * performance), as many corporate templates do. The same person gets a different number in each,
 * which is why every display of a number also states what it means.
 */
export type Numbering = "permenpanrb" | "corporate";

export const DEFAULT_NUMBERING: Numbering = "permenpanrb";

/** Government box numbers by [performance - 1][potential - 1]. */
const GOVERNMENT_BOXES: readonly (readonly number[])[] = [
  [1, 3, 6], // below expectations: low, medium, high potential
  [2, 5, 8], // meets expectations
  [4, 7, 9], // above expectations
];

export interface BoxPosition {
  readonly performance: Level;
  readonly potential: Level;
}

/** Returns the box of a performance and a potential level, in the requested numbering. */
export function boxOf(
  performance: Level,
  potential: Level,
  numbering: Numbering = DEFAULT_NUMBERING
): number {
  if (numbering === "corporate") {
    return 3 * (potential - 1) + performance;
  }
  return GOVERNMENT_BOXES[performance - 1][potential - 1];
}

/** Returns the levels behind a box number, in the numbering the number was given in. */
export function positionOf(box: number, numbering: Numbering = DEFAULT_NUMBERING): BoxPosition {
  for (const performance of [1, 2, 3] as const) {
    for (const potential of [1, 2, 3] as const) {
      if (boxOf(performance, potential, numbering) === box) {
        return { performance, potential };
      }
    }
  }
  throw new RangeError(`Box ${box} is not a box number from 1 to 9.`);
}

/** Converts a box number from one numbering to the other. The person's place does not change. */
export function convertBox(box: number, from: Numbering, to: Numbering): number {
  const { performance, potential } = positionOf(box, from);
  return boxOf(performance, potential, to);
}

/** Boxes 7, 8 and 9 (government numbering) form the agency's succession pool. */
export function isInTalentPool(position: BoxPosition): boolean {
  return boxOf(position.performance, position.potential) >= 7;
}

/** Box 9 alone also qualifies for the national talent pool. */
export function isInNationalPool(position: BoxPosition): boolean {
  return boxOf(position.performance, position.potential) === 9;
}

/** Describes a box as "Performance above expectations, potential high", in the requested language. */
export function boxMeaning(position: BoxPosition, language: Language): string {
  const performance = LEVEL_NAMES.performance[language][position.performance - 1];
  const potential = LEVEL_NAMES.potential[language][position.potential - 1];
  return language === "id"
    ? `Kinerja ${performance}, potensial ${potential}`
    : `Performance ${performance}, potential ${potential}`;
}

/** Recommended development actions per government box, after PermenPANRB 3/2020. */
const ACTIONS: Readonly<Record<number, Record<Language, readonly string[]>>> = {
  9: {
    en: ["promote", "retain", "succession pool (agency and national)", "recognition"],
    id: [
      "dipromosikan",
      "dipertahankan",
      "masuk kelompok rencana suksesi instansi dan nasional",
      "penghargaan",
    ],
  },
  8: {
    en: ["retain", "succession pool", "rotation or job enlargement", "performance coaching"],
    id: [
      "dipertahankan",
      "masuk kelompok rencana suksesi",
      "rotasi atau perluasan jabatan",
      "bimbingan kinerja",
    ],
  },
  7: {
    en: [
      "retain",
      "succession pool",
      "rotation or job enrichment",
      "competence development",
      "study assignment",
    ],
    id: [
      "dipertahankan",
      "masuk kelompok rencana suksesi",
      "rotasi atau pengayaan jabatan",
      "pengembangan kompetensi",
      "tugas belajar",
    ],
  },
  6: {
    en: ["suitable placement", "performance coaching", "performance counselling"],
    id: ["penempatan yang sesuai", "bimbingan kinerja", "konseling kinerja"],
  },
  5: {
    en: ["suitable placement", "performance coaching", "competence development"],
    id: ["penempatan yang sesuai", "bimbingan kinerja", "pengembangan kompetensi"],
  },
  4: {
    en: ["rotation", "competence development"],
    id: ["rotasi", "pengembangan kompetensi"],
  },
  3: {
    en: [
      "performance coaching",
      "performance counselling",
      "competence development",
      "suitable placement",
    ],
    id: [
      "bimbingan kinerja",
      "konseling kinerja",
      "pengembangan kompetensi",
      "penempatan yang sesuai",
    ],
  },
  2: {
    en: ["performance coaching", "competence development", "suitable placement"],
    id: ["bimbingan kinerja", "pengembangan kompetensi", "penempatan yang sesuai"],
  },
  1: {
    en: ["handled under the civil-service discipline and performance regulations"],
    id: ["diproses sesuai ketentuan peraturan perundang-undangan"],
  },
};

/** Joins the recommended actions of a box into one sentence-like line. */
export function boxActions(position: BoxPosition, language: Language): string {
  const list = ACTIONS[boxOf(position.performance, position.potential)][language];
  const text = list.join("; ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const NUMBERING_NAMES: Record<string, Numbering> = {
  permenpanrb: "permenpanrb",
  "permenpan-rb": "permenpanrb",
  "permenpan rb": "permenpanrb",
  pemerintah: "permenpanrb",
  government: "permenpanrb",
  asn: "permenpanrb",
  corporate: "corporate",
  korporat: "corporate",
  perusahaan: "corporate",
};

/**
 * Reads a numbering argument. Blank means the default, PermenPANRB. 0 counts as blank, because
 * Excel desktop passes a reference to an empty cell as 0.
 */
export function readNumbering(value: unknown): Numbering | Problem {
  if (value === null || value === undefined || value === "" || value === 0) {
    return DEFAULT_NUMBERING;
  }
  const numbering = typeof value === "string" ? NUMBERING_NAMES[normalizeText(value)] : undefined;
  if (numbering) {
    return numbering;
  }
  return problem(
    "invalid",
    `Numbering "${String(value)}" is not known. Use "PermenPANRB" (the default) or "corporate".`
  );
}

/**
 * Reads a box number 1 to 9 given as a number or as text. Blank and 0 are blank under the same rule
 * as scores, because Excel desktop passes an empty cell as 0.
 */
export function readBox(value: unknown, numbering: Numbering): BoxPosition | Problem {
  if (isBlankValue(value)) {
    return problem(
      "blank",
      "Box is blank (or 0, which Excel passes for an empty cell). Enter a box from 1 to 9."
    );
  }
  const error = excelErrorCode(value);
  if (error) {
    return problem("error", `Box cell holds the error ${error}. Fix that cell first.`);
  }
  const box = typeof value === "string" ? numberFromText(value) : value;
  const valueText = typeof value === "string" ? JSON.stringify(value) : String(value);
  if (typeof box !== "number" || (Number.isNaN(box) && typeof value !== "number")) {
    return problem("unknown", `Box ${valueText} is not a number. Use a whole number from 1 to 9.`);
  }
  if (Number.isInteger(box) && box >= 1 && box <= 9) {
    return positionOf(box, numbering);
  }
  return problem(
    "range",
    `Box ${valueText} is outside the allowed range. Use a whole number from 1 to 9.`
  );
}
