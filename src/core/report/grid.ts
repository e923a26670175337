import { boxMeaning, boxOf, convertBox, isInTalentPool } from "../boxes";
import { formatCutoffs } from "../cutoffs";
import { Level, LEVEL_NAMES } from "../levels";
import { FILTER_ROLES } from "../sheet/filters";
import { Person, ReportInput } from "../sheet/types";
import { SheetBuilder, cellRange } from "./builder";
import { shortenToLines, wrappedLineCount } from "./page";
import { STYLES } from "./styles";
import { REPORT_TEXT, formatBoxNumber, formatDecimal, formatReportDate } from "./text";

/**
 * Maximum wrapped lines of a box's name cell. The sheet prints one page wide, and the grid must still fit
 * the first A4 landscape page at that scale, which leaves room for 9 lines a box.
 */
export const MAX_LINES_IN_BOX = 9;

/**
 * Maximum names in one box cell, because each name takes at least one line. A box whose
 * names need more lines lists the names that fit and a line pointing to the full list below.
 */
export const MAX_NAMES_IN_BOX = MAX_LINES_IN_BOX;

/** Maximum wrapped lines of one name in a box cell. A longer name is shortened there with "…". */
export const MAX_LINES_PER_NAME = 2;

/** Width of the box columns B to D in characters of the default font. */
export const BOX_COLUMN_WIDTH = 42;

const LINE_HEIGHT_POINTS = 12;
const MAX_ROW_HEIGHT_POINTS = 409;
const META_ROW_HEIGHT_POINTS = 15;
/** Two lines of 10-point text: box headers and the legend. */
const TWO_LINE_ROW_HEIGHT_POINTS = 28;

/** Number of grid columns. Column A contains the performance levels, B to D the potential levels. */
export const GRID_COLUMNS = 4;

/** Performance levels from the top row of the grid down. */
const PERFORMANCE_ROWS: readonly Level[] = [3, 2, 1];
const POTENTIAL_COLUMNS: readonly Level[] = [1, 2, 3];

export interface GridPlacement {
  /** Name cell of each government box. */
  readonly boxCells: Record<number, { row: number; column: number }>;
  /** Government boxes with a person left out of the grid or a name shortened there. */
  readonly overflowing: number[];
  /** Row after the legend: the grid block (title to legend) ends above it. */
  readonly endRow: number;
  /** First free row after the grid block and a blank row. */
  readonly nextRow: number;
}

/** Writes the title block, the 3x3 grid, the totals and the legend. */
export function writeGrid(sheet: SheetBuilder, input: ReportInput): GridPlacement {
  const firstBoxRow = writeTitle(sheet, input) + 2;
  writeAxes(sheet, input, firstBoxRow);

  const boxCells: Record<number, { row: number; column: number }> = {};
  const overflowing: number[] = [];
  PERFORMANCE_ROWS.forEach((performance, index) => {
    const top = firstBoxRow + 3 * index;
    const label = capitalize(LEVEL_NAMES.performance[input.language][performance - 1]);
    sheet.cell(top, 0, label);
    const labelRange = cellRange(top, 0, 3, 1);
    sheet.merge(labelRange);
    sheet.style(labelRange, STYLES.performanceLevel);

    let tallest = 1;
    for (const potential of POTENTIAL_COLUMNS) {
      const box = boxOf(performance, potential);
      const lines = writeBox(sheet, input, box, top, { performance, potential });
      boxCells[box] = { row: top + 2, column: potential };
      tallest = Math.max(tallest, lines.count);
      if (lines.overflow) {
        overflowing.push(box);
      }
    }
    sheet.height(top, TWO_LINE_ROW_HEIGHT_POINTS);
    sheet.height(top + 1, META_ROW_HEIGHT_POINTS);
    sheet.height(top + 2, rowHeightFor(tallest));
  });

  const afterGrid = firstBoxRow + 9;
  writeTotals(sheet, input, afterGrid);
  return {
    boxCells,
    overflowing: overflowing.sort((a, b) => b - a),
    endRow: afterGrid + 2,
    nextRow: afterGrid + 3,
  };
}

/** Writes the title and the lines under it; returns the blank row after them. */
function writeTitle(sheet: SheetBuilder, input: ReportInput): number {
  const text = REPORT_TEXT[input.language];
  const { performance, potential } = input.cutoffs;
  sheet.cell(0, 0, text.title, STYLES.title, GRID_COLUMNS);
  sheet.height(0, 24);
  const lines = [
    ...filterLines(input),
    `${text.source} ${input.sourceSheet}`,
    `${text.date}: ${formatReportDate(input.date, input.language)}`,
    `${text.performanceCutoffs}: ${formatCutoffs(performance, input.language)}`,
    `${text.potentialCutoffs}: ${formatCutoffs(potential, input.language)}`,
    `${text.numbering}: ${text.numberingNames[input.numbering]}`,
  ];
  lines.forEach((line, index) => sheet.cell(1 + index, 0, line, STYLES.meta, GRID_COLUMNS));
  const blankRow = 1 + lines.length;
  // Every row of the grid block gets a height, so its printed height is known in advance.
  for (let row = 1; row <= blankRow; row++) {
    sheet.height(row, META_ROW_HEIGHT_POINTS);
  }
  return blankRow;
}

/**
 * "Saringan: Unit kerja = Dinas A" and a note that the counts cover the filtered rows only, or
 * nothing when no filter is active.
 */
function filterLines(input: ReportInput): string[] {
  const text = REPORT_TEXT[input.language];
  const active = FILTER_ROLES.filter((role) => input.filters?.[role]);
  if (active.length === 0) {
    return [];
  }
  const parts = active.map((role) => `${text.filterColumns[role]} = ${input.filters?.[role]}`);
  return [`${text.filter}: ${parts.join("; ")}`, text.filterNote];
}

function writeAxes(sheet: SheetBuilder, input: ReportInput, firstBoxRow: number): void {
  const text = REPORT_TEXT[input.language];
  const axisRow = firstBoxRow - 2;
  sheet.height(axisRow, META_ROW_HEIGHT_POINTS, 2);
  sheet.cell(axisRow, 0, text.performanceAxis);
  sheet.merge(cellRange(axisRow, 0, 2, 1));
  sheet.style(cellRange(axisRow, 0, 2, 1), STYLES.axis);
  sheet.cell(axisRow, 1, text.potentialAxis, STYLES.axis, 3);

  const potentialWord = input.language === "id" ? "Potensial" : "Potential";
  const labels = POTENTIAL_COLUMNS.map(
    (level) => `${potentialWord} ${LEVEL_NAMES.potential[input.language][level - 1]}`
  );
  sheet.write(axisRow + 1, 1, [labels]);
  for (let column = 1; column <= 3; column++) {
    sheet.style(cellRange(axisRow + 1, column), STYLES.potentialLevel);
  }
}

function writeBox(
  sheet: SheetBuilder,
  input: ReportInput,
  box: number,
  top: number,
  position: { performance: Level; potential: Level }
): { count: number; overflow: boolean } {
  const text = REPORT_TEXT[input.language];
  const people = input.grid.boxes[box] ?? [];
  const column = position.potential;
  const pool = isInTalentPool(position);
  const shownNumber = convertBox(box, "permenpanrb", input.numbering);

  const header = `${text.box} ${shownNumber}: ${boxMeaning(position, input.language)}`;
  const share = input.grid.total === 0 ? 0 : (100 * people.length) / input.grid.total;
  const stats = `${text.countPeople(people.length)} (${formatDecimal(share, input.language)}%)`;
  const names = nameLines(people, input, pool);
  sheet.write(top, column, [[header], [stats], [names.text]]);

  sheet.style(cellRange(top, column), pool ? STYLES.poolBoxHeader : STYLES.boxHeader);
  sheet.style(cellRange(top + 1, column), pool ? STYLES.poolBoxStats : STYLES.boxStats);
  sheet.style(cellRange(top + 2, column), pool ? STYLES.poolBoxNames : STYLES.boxNames);
  sheet.style(cellRange(top, column, 3, 1), STYLES.outline);
  return { count: names.lineCount, overflow: names.overflow };
}

/**
 * Lists the names of a box, one a line, cut to the lines a printed cell shows. Each name takes at most
 * MAX_LINES_PER_NAME wrapped lines, and the "+N more" line always keeps its room.
 */
function nameLines(
  people: readonly Person[],
  input: ReportInput,
  pool: boolean
): { text: string; lineCount: number; overflow: boolean } {
  const text = REPORT_TEXT[input.language];
  if (people.length === 0) {
    return { text: text.noPeople, lineCount: 1, overflow: false };
  }

  const moreLine = (rest: number) => `+${rest} ${pool ? text.moreInPool : text.moreInList}`;
  const fontPoints = STYLES.boxNames.fontSize;
  const linesOf = (line: string) => wrappedLineCount(line, BOX_COLUMN_WIDTH, fontPoints);
  const lines: string[] = [];
  let used = 0;
  let shortened = false;
  for (const [index, person] of people.entries()) {
    const fullName = displayName(person, input);
    const name = shortenToLines(fullName, MAX_LINES_PER_NAME, BOX_COLUMN_WIDTH, fontPoints);
    const rest = people.length - index - 1;
    const needed = linesOf(name) + (rest > 0 ? linesOf(moreLine(rest)) : 0);
    if (used + needed > MAX_LINES_IN_BOX) {
      break;
    }
    lines.push(name);
    used += linesOf(name);
    shortened ||= name !== fullName;
  }

  const rest = people.length - lines.length;
  if (rest > 0) {
    lines.push(moreLine(rest));
    used += linesOf(moreLine(rest));
  }
  return { text: lines.join("\n"), lineCount: used, overflow: rest > 0 || shortened };
}

/** Returns a person's name, or a placeholder with the row number when the name cell was empty. */
export function displayName(person: Person, input: ReportInput): string {
  const name = person.name.trim();
  return name === "" ? `${REPORT_TEXT[input.language].unnamed} ${person.rowNumber})` : person.name;
}

function writeTotals(sheet: SheetBuilder, input: ReportInput, row: number): void {
  const text = REPORT_TEXT[input.language];
  const totals =
    `${text.total}: ${text.countPeople(input.grid.total)}; ` +
    text.countLeftOut(input.grid.leftOut.length);
  sheet.cell(row, 0, totals, STYLES.meta, GRID_COLUMNS);
  sheet.height(row, META_ROW_HEIGHT_POINTS);

  const poolBoxes = [9, 8, 7].map(
    (box) => `${text.box.toLowerCase()} ${formatBoxNumber(box, input.numbering, input.language)}`
  );
  sheet.cell(row + 1, 0, "", STYLES.legendSwatch);
  const legend = `${text.talentPoolLegend}: ${poolBoxes.join("; ")}.`;
  sheet.cell(row + 1, 1, legend, STYLES.legend, 3);
  sheet.height(row + 1, TWO_LINE_ROW_HEIGHT_POINTS);
}

function rowHeightFor(lines: number): number {
  return Math.min(MAX_ROW_HEIGHT_POINTS, Math.max(24, lines * LINE_HEIGHT_POINTS + 6));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
