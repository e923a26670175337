import { SheetValues } from "../../core/sheet/types";
import { SheetRead } from "./sheetSource";

/**
 * Cells per request. Excel on the web rejects a request or response above its payload limit. At
 * 50,000 cells a chunk stays below 5 MB unless cells average over 100 characters of text.
 * NOTE: 5 MB is the limit as Microsoft's add-in resource-limits page gave it; not re-checked here.
 */
export const CHUNK_CELLS = 50000;

/** Rows per chunk are capped too, so very narrow sheets still report progress in steps. */
export const MAX_CHUNK_ROWS = 5000;

/** Rows read per context.sync for a range this many columns wide. */
export function rowsPerChunk(columnCount: number): number {
  return Math.max(1, Math.min(MAX_CHUNK_ROWS, Math.floor(CHUNK_CELLS / Math.max(1, columnCount))));
}

/**
 * Reads the values of the active sheet's used range: one context.sync for the sheet and the
 * range's size, then one per chunk of rows, and none per row.
 */
export async function readActiveSheet(): Promise<SheetRead> {
  return Excel.run(async (context) => {
    let syncCount = 0;
    const worksheet = context.workbook.worksheets.getActiveWorksheet();
    worksheet.load("id,name");
    // valuesOnly: cells that only carry formatting do not stretch the range.
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    syncCount++;

    const empty: SheetValues = {
      sheetId: worksheet.id,
      sheetName: worksheet.name,
      firstRow: 0,
      firstColumn: 0,
      values: [],
    };
    if (used.isNullObject) {
      return { sheet: empty, syncCount };
    }

    const values: unknown[][] = [];
    syncCount += await readInChunks(context, worksheet, used, ["values"], (range) => {
      for (const row of range.values) {
        values.push(row);
      }
    });

    const sheet: SheetValues = {
      ...empty,
      firstRow: used.rowIndex,
      firstColumn: used.columnIndex,
      values,
    };
    return { sheet, syncCount };
  });
}

/** The position and size of a used range, as loaded before reading it in chunks. */
export interface UsedArea {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * Loads properties of a used range chunk by chunk, with one context.sync per chunk and none per
 * row, and hands each loaded chunk with its first row's offset to `visit`. Returns the sync count.
 */
export async function readInChunks(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  used: UsedArea,
  properties: ("values" | "formulas")[],
  visit: (range: Excel.Range, top: number) => void
): Promise<number> {
  let syncCount = 0;
  const chunk = rowsPerChunk(used.columnCount);
  for (let top = 0; top < used.rowCount; top += chunk) {
    const range = worksheet.getRangeByIndexes(
      used.rowIndex + top,
      used.columnIndex,
      Math.min(chunk, used.rowCount - top),
      used.columnCount
    );
    // The rule cannot see that `properties` always names "values" or "formulas".
    // eslint-disable-next-line office-addins/no-empty-load
    range.load(properties);
    // One sync per chunk is the point: a single request for the whole range could exceed Excel
    // on the web's payload limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    syncCount++;
    visit(range, top);
  }
  return syncCount;
}
