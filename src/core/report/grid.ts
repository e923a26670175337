import { boxMeaning, boxOf, convertBox, isInTalentPool } from "../boxes";
import { formatCutoffs } from "../cutoffs";
import { Level, LEVEL_NAMES } from "../levels";
import { Person, ReportInput } from "../sheet/types";
import { SheetBuilder, cellRange } from "./builder";
import { STYLES } from "./styles";
import { REPORT_TEXT, formatBoxNumber, formatDecimal, formatReportDate } from "./text";

/**
 * Names shown in one box cell. The sheet prints one page wide, and the grid must still fit the
 * first A4 landscape page at that scale, which leaves room for 9 lines a box. A box with more
 * people lists its first 8 names and a line pointing to the full list below.
 */
export const MAX_NAMES_IN_BOX = 9;

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_CHARACTERS = 32767;

const LINE_HEIGHT_POINTS = 12;
const MAX_ROW_HEIGHT_POINTS = 409;
const META_ROW_HEIGHT_POINTS = 15;
/** Two lines of 10-point text: box headers and the legend. */
const TWO_LINE_ROW_HEIGHT_POINTS = 28;

/** Columns of the grid: A holds the performance levels, B to D the potential levels. */
export const GRID_COLUMNS = 4;

/** Row of the first grid row (box headers of "above expectations"). */
const FIRST_BOX_ROW = 9;

/** Performance levels from the top row of the grid down. */
const PERFORMANCE_ROWS: readonly Level[] = [3, 2, 1];
const POTENTIAL_COLUMNS: readonly Level[] = [1, 2, 3];

export interface GridPlacement {
  /** Name cell of each government box. */
  readonly boxCells: Record<number, { row: number; column: number }>;
  /** Government boxes whose names did not all fit in the grid. */
  readonly overflowing: number[];
  /** Row after the legend: the grid block (title to legend) ends above it. */
  readonly endRow: number;
  /** First free row after the grid block and a blank row. */
  readonly nextRow: number;
}

/** Writes the title block, the 3x3 grid, the totals and the legend. */
export function writeGrid(sheet: SheetBuilder, input: ReportInput): GridPlacement {
  writeTitle(sheet, input);
  writeAxes(sheet, input);

  const boxCells: Record<number, { row: number; column: number }> = {};
  const overflowing: number[] = [];
  PERFORMANCE_ROWS.forEach((performance, index) => {
    const top = FIRST_BOX_ROW + 3 * index;
    const label = capitalize(LEVEL_NAMES.performance[input.language][performance - 1]);
    sheet.cell(top, 0, label);
    const labelRange = cellRange(top, 0, 3, 1);
    sheet.merge(labelRange);
    sheet.style(labelRange, STYLES.performanceLevel);

    let tallest = 1;
    for (const potential of POTENTIAL_COLUMNS) {
      const box = boxOf(performance, potential);
      const lines = writeBox(sheet, input, box, top, potential);
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

  const afterGrid = FIRST_BOX_ROW + 9;
  writeTotals(sheet, input, afterGrid);
  return {
    boxCells,
    overflowing: overflowing.sort((a, b) => b - a),
    endRow: afterGrid + 2,
    nextRow: afterGrid + 3,
  };
}

function writeTitle(sheet: SheetBuilder, input: ReportInput): void {
  const text = REPORT_TEXT[input.language];
  const { performance, potential } = input.cutoffs;
  sheet.cell(0, 0, text.title, STYLES.title, GRID_COLUMNS);
  sheet.height(0, 24);
  const lines = [
    `${text.source} ${input.sourceSheet}`,
    `${text.date}: ${formatReportDate(input.date, input.language)}`,
    `${text.performanceCutoffs}: ${formatCutoffs(performance, input.language)}`,
    `${text.potentialCutoffs}: ${formatCutoffs(potential, input.language)}`,
    `${text.numbering}: ${text.numberingNames[input.numbering]}`,
  ];
  lines.forEach((line, index) => sheet.cell(1 + index, 0, line, STYLES.meta, GRID_COLUMNS));
  // Every row of the grid block gets a height, so its printed height is known in advance.
  for (let row = 1; row < FIRST_BOX_ROW; row++) {
    sheet.height(row, META_ROW_HEIGHT_POINTS);
  }
}

function writeAxes(sheet: SheetBuilder, input: ReportInput): void {
  const text = REPORT_TEXT[input.language];
  const axisRow = FIRST_BOX_ROW - 2;
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
  column: number
): { count: number; overflow: boolean } {
  const text = REPORT_TEXT[input.language];
  const people = input.grid.boxes[box] ?? [];
  const position = { performance: rowLevel(top), potential: column as Level };
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

/** The names of a box, one a line, cut to what a printed cell can show. */
function nameLines(
  people: readonly Person[],
  input: ReportInput,
  pool: boolean
): { text: string; lineCount: number; overflow: boolean } {
  const text = REPORT_TEXT[input.language];
  if (people.length === 0) {
    return { text: text.noPeople, lineCount: 1, overflow: false };
  }

  const lines: string[] = [];
  let length = 0;
  const room = people.length > MAX_NAMES_IN_BOX ? MAX_NAMES_IN_BOX - 1 : MAX_NAMES_IN_BOX;
  for (const person of people.slice(0, room)) {
    const name = displayName(person, input);
    // Leaves room for the closing "+N more" line within the cell limit.
    if (length + name.length + 1 > MAX_CELL_CHARACTERS - 200) {
      break;
    }
    lines.push(name);
    length += name.length + 1;
  }

  const rest = people.length - lines.length;
  if (rest > 0) {
    lines.push(`+${rest} ${pool ? text.moreInPool : text.moreInList}`);
  }
  return { text: lines.join("\n"), lineCount: lines.length, overflow: rest > 0 };
}

/** A person's name, or a placeholder with the row number when the name cell was empty. */
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

function rowLevel(top: number): Level {
  return PERFORMANCE_ROWS[(top - FIRST_BOX_ROW) / 3];
}

function rowHeightFor(lines: number): number {
  return Math.min(MAX_ROW_HEIGHT_POINTS, Math.max(24, lines * LINE_HEIGHT_POINTS + 6));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
