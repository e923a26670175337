import { describeLeftOut } from "../sheet/leftOutReasons";
import { ReportInput } from "../sheet/types";
import { SheetBuilder, cellRange } from "./builder";
import { displayName } from "./grid";
import { STYLES } from "./styles";
import { REPORT_TEXT, formatBoxNumber } from "./text";
import { ReportValue } from "./types";

/** Columns of the people lists: box with its meaning, name, NIP, position, agency. */
export const LIST_COLUMNS = 5;

/**
 * Height of every list row: two lines of 10-point text. The box and its meaning take two lines in
 * column A, and neither Excel nor LibreOffice grows a row to fit wrapped text when a file opens.
 */
const LIST_ROW_HEIGHT_POINTS = 26;

/** Boxes of the talent pool in the order leadership reads them: 9, then 8, then 7. */
export const TALENT_POOL_ORDER = [9, 8, 7] as const;

/** Writes a titled list of the people of the given government boxes; returns the next free row. */
export function writePeopleList(
  sheet: SheetBuilder,
  input: ReportInput,
  row: number,
  title: string,
  boxes: readonly number[]
): number {
  const text = REPORT_TEXT[input.language];
  sheet.cell(row, 0, title, STYLES.sectionTitle, LIST_COLUMNS);

  const columns = text.columns;
  const header = [columns.box, columns.name, columns.nip, columns.position, columns.agency];
  const rows: ReportValue[][] = [];
  for (const box of boxes) {
    const shownBox = formatBoxNumber(box, input.numbering, input.language);
    for (const person of input.grid.boxes[box] ?? []) {
      rows.push([shownBox, displayName(person, input), person.nip, person.position, person.agency]);
    }
  }
  return writeTable(sheet, row + 1, header, rows, text.noRows);
}

/** Writes the rows left out, with reasons in the report's language; returns the next free row. */
export function writeLeftOut(sheet: SheetBuilder, input: ReportInput, row: number): number {
  const text = REPORT_TEXT[input.language];
  sheet.cell(row, 0, text.leftOutTitle, STYLES.sectionTitle, LIST_COLUMNS);

  const columns = text.leftOutColumns;
  const rows: ReportValue[][] = input.grid.leftOut.map((left) => [
    left.rowNumber,
    left.name,
    describeLeftOut(left, input.language),
  ]);
  return writeTable(sheet, row + 1, [columns.row, columns.name, columns.reason], rows, text.noRows);
}

function writeTable(
  sheet: SheetBuilder,
  row: number,
  header: ReportValue[],
  rows: ReportValue[][],
  emptyText: string
): number {
  sheet.write(row, 0, [header]);
  sheet.style(cellRange(row, 0, 1, header.length), STYLES.tableHeader);
  if (rows.length === 0) {
    sheet.cell(row + 1, 0, emptyText, STYLES.meta, header.length);
    return row + 3;
  }
  sheet.write(row + 1, 0, rows);
  sheet.style(cellRange(row + 1, 0, rows.length, header.length), STYLES.tableBody);
  sheet.height(row + 1, LIST_ROW_HEIGHT_POINTS, rows.length);
  return row + rows.length + 2;
}
