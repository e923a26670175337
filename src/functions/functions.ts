// custom-functions-metadata reads the TypeScript types: any[][] declares a range of cells of any
// type (dimensionality "matrix"), and any declares a single cell of any type.
//
// NOTE: Microsoft's documentation says that only hand-written metadata with
// allowErrorForDataTypeAny lets a range that contains an error cell reach a custom function. With
// the generated metadata Excel may return the error without calling the function, so the per-row
// handling of error cells (as text or as error objects) is tested here but not seen in Excel.
import {
  Cutoffs,
  KPI_BAND_TEXT,
  KPI_STATUS_TEXT,
  Language,
  Numbering,
  Problem,
  achievement,
  boxActions,
  boxMeaning,
  boxOf,
  isInTalentPool,
  isProblem,
  kpiBand,
  kpiStatus,
  problem,
  readBox,
  readCount,
  readCutoffs,
  readLanguage,
  readLevel,
  readNumbering,
  readTarget,
} from "../core";
import { ErrorCache } from "./excelErrors";
import { CellValue, mapCellPairs, mapCells } from "./mapCells";
import { Matrix, broadcastShape, filledMatrix, toMatrix } from "./matrix";

/**
 * Returns the PermenPANRB 3/2020 box (1 to 9) of a performance and a potential. Blank or 0 gives #N/A, never box 1.
 * @customfunction TALENTBOX
 * @param performance Performance (kinerja): a score, a level 1 to 3, or a word such as "di atas ekspektasi".
 * @param potential Potential (potensial): a score, a level 1 to 3, or a word such as "tinggi".
 * @param [performanceCutoffs] Cut-offs such as {60,80}, ">60;>80" or "SKP". Default: 60 and 80 on 0-100.
 * @param [potentialCutoffs] Cut-offs for potential scores, in the same forms. Default: 60 and 80 on 0-100.
 * @param [numbering] "PermenPANRB" (default, the government table) or "corporate".
 * @returns The box number 1 to 9.
 */
export function talentBox(
  performance: any[][],
  potential: any[][],
  performanceCutoffs?: any[][],
  potentialCutoffs?: any[][],
  numbering?: any
): any[][] {
  const performanceCells = toMatrix(performance);
  const potentialCells = toMatrix(potential);
  const performanceScale = readCutoffs(performanceCutoffs);
  const potentialScale = readCutoffs(potentialCutoffs);
  const chosenNumbering = readNumbering(numbering);
  if (isProblem(performanceScale)) {
    return optionError(performanceScale, performanceCells, potentialCells);
  }
  if (isProblem(potentialScale)) {
    return optionError(potentialScale, performanceCells, potentialCells);
  }
  if (isProblem(chosenNumbering)) {
    return optionError(chosenNumbering, performanceCells, potentialCells);
  }

  const options = {
    performance: performanceScale,
    potential: potentialScale,
    numbering: chosenNumbering,
  };
  return mapCellPairs(
    { name: "performance", cells: performanceCells },
    { name: "potential", cells: potentialCells },
    options,
    talentBoxCell
  );
}

interface TalentBoxOptions {
  readonly performance: Cutoffs;
  readonly potential: Cutoffs;
  readonly numbering: Numbering;
}

function talentBoxCell(
  performance: unknown,
  potential: unknown,
  options: TalentBoxOptions
): CellValue {
  const performanceLevel = readLevel(performance, "performance", options.performance);
  if (isProblem(performanceLevel)) {
    return performanceLevel;
  }
  const potentialLevel = readLevel(potential, "potential", options.potential);
  if (isProblem(potentialLevel)) {
    return potentialLevel;
  }
  return boxOf(performanceLevel, potentialLevel, options.numbering);
}

/**
 * Checks a month's KPI (programs done against planned) against the target. Returns "Memenuhi target", "Di bawah target" or "Tidak ada program direncanakan" ("Target met", "Below target", "No programs planned" in English).
 * @customfunction KPISTATUS
 * @param done Programs completed this month. Blank counts as 0.
 * @param planned Programs planned this month. Blank or 0 gives "no programs planned".
 * @param [target] Minimum achievement: 80%, 0.8 or 80 all mean 80% (the default).
 * @param [language] "id" for Indonesian (default) or "en" for English.
 * @returns The KPI status text.
 */
export function kpiStatusText(
  done: any[][],
  planned: any[][],
  target?: any,
  language?: any
): any[][] {
  const doneCells = toMatrix(done);
  const plannedCells = toMatrix(planned);
  const targetPercent = readTarget(target);
  const chosenLanguage = readLanguage(language);
  if (isProblem(targetPercent)) {
    return optionError(targetPercent, doneCells, plannedCells);
  }
  if (isProblem(chosenLanguage)) {
    return optionError(chosenLanguage, doneCells, plannedCells);
  }

  return mapCellPairs(
    { name: "done", cells: doneCells },
    { name: "planned", cells: plannedCells },
    { target: targetPercent, language: chosenLanguage },
    kpiStatusCell
  );
}

interface KpiOptions {
  readonly target: number;
  readonly language: Language;
}

function kpiStatusCell(done: unknown, planned: unknown, options: KpiOptions): CellValue {
  const doneCount = readCount(done, "done");
  if (isProblem(doneCount)) {
    return doneCount;
  }
  const plannedCount = readCount(planned, "planned");
  if (isProblem(plannedCount)) {
    return plannedCount;
  }
  return KPI_STATUS_TEXT[kpiStatus(doneCount, plannedCount, options.target)][options.language];
}

/**
 * Returns the KPI achievement (done / planned) as a fraction: format the cell as % to see 80%. Done above planned gives more than 100%.
 * @customfunction KPIACHIEVEMENT
 * @param done Programs completed this month. Blank counts as 0.
 * @param planned Programs planned this month. Blank or 0 gives #N/A, because nothing was planned.
 * @returns The achievement, for example 0.8 for 80%.
 */
export function kpiAchievement(done: any[][], planned: any[][]): any[][] {
  return mapCellPairs(
    { name: "done", cells: toMatrix(done) },
    { name: "planned", cells: toMatrix(planned) },
    null,
    achievementCell
  );
}

function achievementCell(done: unknown, planned: unknown): number | Problem {
  const doneCount = readCount(done, "done");
  if (isProblem(doneCount)) {
    return doneCount;
  }
  const plannedCount = readCount(planned, "planned");
  if (isProblem(plannedCount)) {
    return plannedCount;
  }
  const fraction = achievement(doneCount, plannedCount);
  return fraction === null ? NOTHING_PLANNED : fraction;
}

const NOTHING_PLANNED: Problem = problem(
  "blank",
  "Planned is blank or 0, so there is no achievement to compute. Enter the programs planned."
);

/**
 * Rates a KPI achievement on the five-band scale: at least 91% very high, 76% high, 66% medium, above 50% low, 50% or less very low.
 * @customfunction KPIBAND
 * @param done Programs completed this month. Blank counts as 0.
 * @param planned Programs planned this month. Blank or 0 gives #N/A.
 * @param [language] "id" for Indonesian (default) or "en" for English.
 * @returns The band, for example "Tinggi" or "High".
 */
export function kpiBandText(done: any[][], planned: any[][], language?: any): any[][] {
  const doneCells = toMatrix(done);
  const plannedCells = toMatrix(planned);
  const chosen = readLanguage(language);
  if (isProblem(chosen)) {
    return optionError(chosen, doneCells, plannedCells);
  }

  return mapCellPairs(
    { name: "done", cells: doneCells },
    { name: "planned", cells: plannedCells },
    chosen,
    kpiBandCell
  );
}

function kpiBandCell(done: unknown, planned: unknown, language: Language): CellValue {
  const fraction = achievementCell(done, planned);
  return isProblem(fraction) ? fraction : KPI_BAND_TEXT[kpiBand(fraction)][language];
}

/**
 * Says what a box means, for example "Kinerja di atas ekspektasi, potensial tinggi" for box 9.
 * @customfunction BOXMEANING
 * @param box Box number 1 to 9.
 * @param [language] "id" for Indonesian (default) or "en" for English.
 * @param [numbering] Numbering the box is written in: "PermenPANRB" (default) or "corporate".
 * @returns The performance and potential level of the box.
 */
export function boxMeaningText(box: any[][], language?: any, numbering?: any): any[][] {
  return boxText(box, language, numbering, boxMeaning);
}

/**
 * Lists the recommended development actions for a box, after PermenPANRB 3/2020.
 * @customfunction BOXACTIONS
 * @param box Box number 1 to 9.
 * @param [language] "id" for Indonesian (default) or "en" for English.
 * @param [numbering] Numbering the box is written in: "PermenPANRB" (default) or "corporate".
 * @returns The actions, separated by semicolons.
 */
export function boxActionsText(box: any[][], language?: any, numbering?: any): any[][] {
  return boxText(box, language, numbering, boxActions);
}

function boxText(
  box: any[][],
  language: unknown,
  numbering: unknown,
  describe: typeof boxMeaning
): any[][] {
  const cells = toMatrix(box);
  const chosenLanguage = readLanguage(language);
  const chosenNumbering = readNumbering(numbering);
  if (isProblem(chosenLanguage)) {
    return optionError(chosenLanguage, cells);
  }
  if (isProblem(chosenNumbering)) {
    return optionError(chosenNumbering, cells);
  }

  // One text per distinct box: a column of 10,000 boxes builds at most 18 strings.
  const texts = new Map<unknown, CellValue>();
  return mapCells({ name: "box", cells }, null, (value) => {
    let text = texts.get(value);
    if (text === undefined) {
      const position = readBox(value, chosenNumbering);
      text = isProblem(position) ? position : describe(position, chosenLanguage);
      texts.set(value, text);
    }
    return text;
  });
}

/**
 * Checks whether a box is in the agency's talent pool (boxes 7, 8 and 9 of the government table), the only boxes eligible for promotion.
 * @customfunction INTALENTPOOL
 * @param box Box number 1 to 9.
 * @param [numbering] Numbering the box is written in: "PermenPANRB" (default) or "corporate"; corporate numbers are converted first.
 * @returns TRUE for boxes 7, 8 and 9, otherwise FALSE.
 */
export function inTalentPool(box: any[][], numbering?: any): any[][] {
  const cells = toMatrix(box);
  const read = readNumbering(numbering);
  if (isProblem(read)) {
    return optionError(read, cells);
  }

  return mapCells({ name: "box", cells }, read, talentPoolCell);
}

function talentPoolCell(box: unknown, numbering: Numbering): CellValue {
  const position = readBox(box, numbering);
  return isProblem(position) ? position : isInTalentPool(position);
}

/** Fills the whole result with the error of a bad option, so no cell shows a wrong value. */
function optionError(bad: Problem, ...values: Matrix[]): any[][] {
  return filledMatrix(broadcastShape(values), new ErrorCache().forProblem(bad));
}
