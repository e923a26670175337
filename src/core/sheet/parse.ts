import { DEFAULT_NUMBERING, Numbering, boxOf, readBox } from "../boxes";
import { isBlankValue, readLevel } from "../coerce";
import { Cutoffs, DEFAULT_CUTOFFS } from "../cutoffs";
import { normalizeText } from "../language";
import { Level, numberFromText } from "../levels";
import { Problem, isProblem } from "../problems";
import { rowProblemReason } from "./leftOutReasons";
import {
  ColumnMapping,
  ColumnRole,
  DuplicateNip,
  LeftOutCell,
  LeftOutRow,
  ParsedSheet,
  Person,
  RowProblem,
  SheetValues,
} from "./types";

export interface AxisCutoffs {
  readonly performance: Cutoffs;
  readonly potential: Cutoffs;
}

export const DEFAULT_AXIS_CUTOFFS: AxisCutoffs = {
  performance: DEFAULT_CUTOFFS,
  potential: DEFAULT_CUTOFFS,
};

/** Text of a cell as the sheet shows it; numbers keep JavaScript's shortest form. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) {
    return "";
  }
  if (typeof value === "string") {
    return value.trim();
  }
  if (typeof value === "boolean") {
    return value ? "TRUE" : "FALSE";
  }
  return String(value);
}

/** Returns the score behind a level when the cell contains a number or a number written as text. */
function scoreOf(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value)) {
    return value;
  }
  if (typeof value === "string") {
    const number = numberFromText(value);
    return Number.isNaN(number) ? undefined : number;
  }
  return undefined;
}

interface Placement {
  readonly performance: Level;
  readonly potential: Level;
}

/** A problem with the cell it came from. */
interface CellProblem {
  readonly problem: Problem;
  readonly cell: LeftOutCell;
}

function cellProblem(problem: Problem, axis: LeftOutCell["axis"], value: unknown): CellProblem {
  return { problem, cell: { kind: problem.problem, axis, value: cellText(value) } };
}

/** Returns why a row is left out: a problem of the whole row, or the problems of its cells. */
function leftOutFields(
  failure: RowProblem | CellProblem[]
): Pick<LeftOutRow, "kind" | "reason" | "rowProblem" | "cells"> {
  if (Array.isArray(failure)) {
    return {
      kind: failure[0].problem.problem,
      reason: failure.map((item) => item.problem.message).join(" "),
      cells: failure.map((item) => item.cell),
    };
  }
  return {
    kind: failure.kind === "missingColumns" ? "invalid" : "blank",
    reason: rowProblemReason(failure, "en"),
    rowProblem: failure,
  };
}

/**
 * Reads both axes of a row with the same core code as the TALENTBOX function. Without both axis
 * columns, an existing box column places the row instead, read in the numbering given.
 */
function placeRow(
  row: readonly unknown[],
  columns: Partial<Record<ColumnRole, number>>,
  cutoffs: AxisCutoffs,
  boxNumbering: Numbering
): Placement | CellProblem[] {
  const { performance: performanceColumn, potential: potentialColumn, box: boxColumn } = columns;
  if (performanceColumn === undefined || potentialColumn === undefined) {
    // parseSheet leaves every row out before this point when the box column is missing too.
    const boxValue = boxColumn === undefined ? null : row[boxColumn];
    const position = readBox(boxValue, boxNumbering);
    return isProblem(position) ? [cellProblem(position, "box", boxValue)] : position;
  }
  const performanceValue = row[performanceColumn];
  const potentialValue = row[potentialColumn];
  const performance = readLevel(performanceValue, "performance", cutoffs.performance);
  const potential = readLevel(potentialValue, "potential", cutoffs.potential);
  const problems: CellProblem[] = [];
  if (isProblem(performance)) {
    problems.push(cellProblem(performance, "performance", performanceValue));
  }
  if (isProblem(potential)) {
    problems.push(cellProblem(potential, "potential", potentialValue));
  }
  if (isProblem(performance) || isProblem(potential)) {
    return problems;
  }
  return { performance, potential };
}

/** Labels that start a total or average row in the name column ("Rata-rata", "Jumlah", "Total"). */
const SUMMARY_LABEL =
  /^(?:rata rata|rerata|jumlah|total|sub ?total|grand total|average|mean|sum)\b/;

/**
 * Returns why a row cannot stand for a civil servant: it has neither a name nor a NIP, or its name
 * is a summary label and it has no NIP. Undefined for a row naming a person.
 */
function identityProblem(name: string, nip: string): RowProblem | undefined {
  if (nip !== "") {
    return undefined;
  }
  if (name === "") {
    return { kind: "noNameOrNip" };
  }
  const label = normalizeText(name)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return SUMMARY_LABEL.test(label) ? { kind: "summaryRow", label: name } : undefined;
}

/** Lists the axis columns a mapping lacks when no box column can place rows instead. */
function missingAxisColumns(
  columns: Partial<Record<ColumnRole, number>>
): ("performance" | "potential")[] {
  if (columns.box !== undefined) {
    return [];
  }
  const axes = ["performance", "potential"] as const;
  return axes.filter((axis) => columns[axis] === undefined);
}

function isBlankRow(row: readonly unknown[], mappedColumns: readonly number[]): boolean {
  for (let index = 0; index < mappedColumns.length; index++) {
    if (!isBlankValue(row[mappedColumns[index]])) {
      return false;
    }
  }
  return true;
}

/**
 * True for a header row repeated inside the data, as page-by-page exports do. `headerTexts` contains
 * the header's cell text for each mapped column, in the order of `mappedColumns`.
 */
function isRepeatedHeader(
  row: readonly unknown[],
  mappedColumns: readonly number[],
  headerTexts: readonly string[] | undefined
): boolean {
  if (headerTexts === undefined) {
    return false;
  }
  for (let index = 0; index < mappedColumns.length; index++) {
    if (cellText(row[mappedColumns[index]]) !== headerTexts[index]) {
      return false;
    }
  }
  return true;
}

/** Text of the cell in a column, or "" when the column is not mapped. */
function columnText(row: readonly unknown[], column: number | undefined): string {
  return column === undefined ? "" : cellText(row[column]);
}

/**
 * Turns the rows below the header (every row when the header row is -1) into people placed in
 * boxes and rows left out. Blank rows and repeated header rows are skipped. A row with data whose
 * score is blank, unknown, out of range, ambiguous or an Excel error is left out with the core's
 * message, and never placed in a box. Every row is left out while an axis column is missing and
 * no box column replaces it. So is a row with neither a name nor a NIP, or with a total or average
 * label as its name and no NIP. Duplicates are looked for among NIPs stored as text only, because
 * NIPs stored as numbers have lost digits and distinct NIPs can end up as the same number.
 */
export function parseSheet(
  sheet: SheetValues,
  mapping: ColumnMapping,
  cutoffs: AxisCutoffs = DEFAULT_AXIS_CUTOFFS,
  boxNumbering: Numbering = DEFAULT_NUMBERING
): ParsedSheet {
  const { columns, headerRow } = mapping;
  const mappedColumns = Object.values(columns).filter(
    (column): column is number => column !== undefined
  );
  const headers = headerRow >= 0 ? sheet.values[headerRow] : undefined;
  const headerTexts = headers && mappedColumns.map((column) => cellText(headers[column]));
  const {
    nip: nipColumn,
    name: nameColumn,
    agency: agencyColumn,
    position: positionColumn,
    grade: gradeColumn,
  } = columns;

  const missingColumns = missingAxisColumns(columns);
  const people: Person[] = [];
  const leftOut: LeftOutRow[] = [];
  const numericNipRows: number[] = [];
  // The first row of each NIP is stored as a number, and an array is made only for a repeated NIP.
  const rowsByNip = new Map<string, number | number[]>();

  for (let index = headerRow + 1; index < sheet.values.length; index++) {
    const row = sheet.values[index];
    if (isBlankRow(row, mappedColumns) || isRepeatedHeader(row, mappedColumns, headerTexts)) {
      continue;
    }
    const rowNumber = sheet.firstRow + index + 1;
    const nip = columnText(row, nipColumn);
    const numericNip = nipColumn !== undefined && typeof row[nipColumn] === "number";
    if (numericNip) {
      numericNipRows.push(rowNumber);
    }
    if (nip !== "" && !numericNip) {
      const rows = rowsByNip.get(nip);
      if (rows === undefined) {
        rowsByNip.set(nip, rowNumber);
      } else if (typeof rows === "number") {
        rowsByNip.set(nip, [rows, rowNumber]);
      } else {
        rows.push(rowNumber);
      }
    }

    const name = columnText(row, nameColumn);
    const agency = columnText(row, agencyColumn);
    const position = columnText(row, positionColumn);
    const grade = columnText(row, gradeColumn);
    const rowProblem: RowProblem | undefined =
      missingColumns.length > 0
        ? { kind: "missingColumns", columns: missingColumns }
        : identityProblem(name, nip);
    if (rowProblem !== undefined) {
      leftOut.push({ rowNumber, name, agency, position, grade, ...leftOutFields(rowProblem) });
      continue;
    }
    const placement = placeRow(row, columns, cutoffs, boxNumbering);
    if (Array.isArray(placement)) {
      leftOut.push({ rowNumber, name, agency, position, grade, ...leftOutFields(placement) });
      continue;
    }

    const person: { -readonly [K in keyof Person]: Person[K] } = {
      rowNumber,
      name,
      nip,
      agency,
      position,
      grade,
      performance: placement.performance,
      potential: placement.potential,
      box: boxOf(placement.performance, placement.potential),
    };
    const performanceScore =
      columns.performance === undefined ? undefined : scoreOf(row[columns.performance]);
    const potentialScore =
      columns.potential === undefined ? undefined : scoreOf(row[columns.potential]);
    if (performanceScore !== undefined) {
      person.performanceScore = performanceScore;
    }
    if (potentialScore !== undefined) {
      person.potentialScore = potentialScore;
    }
    people.push(person);
  }

  const duplicateNips: DuplicateNip[] = [];
  for (const [nip, rowNumbers] of rowsByNip) {
    if (typeof rowNumbers !== "number") {
      duplicateNips.push({ nip, rowNumbers });
    }
  }
  return { people, leftOut, duplicateNips, numericNipRows };
}
