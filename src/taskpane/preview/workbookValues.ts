import { CellValue, Workbook, Worksheet } from "exceljs";
import { SheetValues } from "../../core/sheet/types";

const MS_PER_DAY = 86400000;
/** Days from Excel's day 0 (1899-12-30 in the 1900 date system) to 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;

/**
 * Turns an exceljs cell value into what Office.js `Range.values` returns for the same cell:
 * formulas give their cached result, errors their text ("#N/A"), dates their serial number, rich
 * text and hyperlinks their plain text, and empty cells "".
 */
export function officeValue(value: CellValue): unknown {
  if (value === null || value === undefined) {
    return "";
  }
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") {
    return value;
  }
  if (value instanceof Date) {
    return value.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
  }
  if ("error" in value) {
    return value.error;
  }
  if ("richText" in value) {
    return value.richText.map((run) => run.text).join("");
  }
  if ("formula" in value || "sharedFormula" in value) {
    return officeValue((value as { result?: CellValue }).result ?? null);
  }
  if ("text" in value) {
    return typeof value.text === "string" ? value.text : officeValue(value.text as CellValue);
  }
  return String(value);
}

/** The values of a worksheet from A1 to its last used cell, as Office.js would return them. */
export function worksheetValues(worksheet: Worksheet, sheetId: string): SheetValues {
  const rowCount = worksheet.rowCount;
  const columnCount = worksheet.columnCount;
  const values: unknown[][] = [];
  for (let rowNumber = 1; rowNumber <= rowCount; rowNumber++) {
    const row = worksheet.getRow(rowNumber);
    const cells: unknown[] = new Array(columnCount);
    for (let column = 1; column <= columnCount; column++) {
      // The office-addins rules take exceljs cells for Office.js proxies; nothing here needs a sync.
      /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read */
      const cell = row.getCell(column);
      // Office.js reports a merged area's value in its top-left cell only.
      const hidden = cell.isMerged && cell.master.address !== cell.address;
      cells[column - 1] = hidden ? "" : officeValue(cell.value);
      /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read */
    }
    values.push(cells);
  }
  return { sheetId, sheetName: worksheet.name, firstRow: 0, firstColumn: 0, values };
}

/** Returns the sheet that was active when the workbook was saved, else the first one. */
function activeWorksheet(workbook: Workbook): Worksheet | undefined {
  const activeTab = workbook.views?.[0]?.activeTab ?? 0;
  return workbook.worksheets[activeTab] ?? workbook.worksheets[0];
}

/** Why a picked file could not be shown: it is not an .xlsx workbook, or it has no worksheet. */
export type WorkbookFileProblem = "unreadable" | "noWorksheet";

/** A picked file the preview cannot read; the pane words the message in its own language. */
export class WorkbookFileError extends Error {
  constructor(
    readonly fileName: string,
    readonly problem: WorkbookFileProblem
  ) {
    super(
      problem === "unreadable"
        ? `"${fileName}" could not be read as an .xlsx workbook. Save it from Excel as .xlsx and ` +
            `open it again.`
        : `"${fileName}" has no worksheet. Open a workbook that contains the staff sheet.`
    );
    this.name = "WorkbookFileError";
  }
}

/**
 * Reads an .xlsx file's active sheet. Throws a WorkbookFileError when it is not a workbook exceljs
 * can open (for example an old .xls or a CSV renamed to .xlsx) or has no worksheet. The library's
 * own error text is left out, because it means nothing to the user and links to its documentation.
 */
export async function readWorkbookFile(data: ArrayBuffer, fileName: string): Promise<SheetValues> {
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch {
    throw new WorkbookFileError(fileName, "unreadable");
  }
  const worksheet = activeWorksheet(workbook);
  if (!worksheet) {
    throw new WorkbookFileError(fileName, "noWorksheet");
  }
  return worksheetValues(worksheet, `${fileName}!${worksheet.name}`);
}
