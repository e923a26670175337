import { ApiCheck, officeApiCheck } from "./apiCheck";
import { callsAddinFunction, needsTextFormat } from "./sharingScan";
import { readInChunks } from "./readSheet";

/** Scope of "Prepare for sharing": the whole workbook or one sheet. */
export type SharingScope =
  { readonly kind: "workbook" } | { readonly kind: "sheet"; readonly name: string };

/**
 * Requirement set of Range.getSpillingToRangeOrNullObject. Converting only the anchor cell of a
 * spilled result would delete the spilled values, so without this set nothing is converted. Every
 * Excel that runs this add-in's custom functions from Office 2021 on has it; Microsoft 365 builds
 * before Version 2008 do not.
 */
export const SPILL_API_VERSION = "1.12";

/**
 * Range writes plus cells queued before a sync when converting. NOTE: an estimate; Excel on the
 * web limits the request size in bytes, and 5,000 small writes were not measured against it.
 */
export const WRITES_PER_SYNC = 5000;

/** One block of cells that will hold values instead of a formula and its spilled results. */
export interface SharingTarget {
  readonly sheet: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: unknown[][];
}

export interface SharingScan {
  /** Formulas that call an ASN function. */
  readonly formulas: number;
  /** Cells that will change: each formula's cell and the cells its result spills into. */
  readonly cells: number;
  readonly sheets: readonly string[];
  readonly targets: readonly SharingTarget[];
}

export class SharingError extends Error {}

/** Counts the cells "Prepare for sharing" would change, without changing anything. */
export async function scanForSharing(
  scope: SharingScope,
  supports: ApiCheck = officeApiCheck
): Promise<SharingScan> {
  return Excel.run((context) => findAddinFormulas(context, scope, supports));
}

/** Replaces this add-in's formulas in the scope by their current values; returns what changed. */
export async function prepareForSharing(
  scope: SharingScope,
  supports: ApiCheck = officeApiCheck
): Promise<SharingScan> {
  return Excel.run(async (context) => {
    const scan = await findAddinFormulas(context, scope, supports);
    await replaceWithValues(context, scan);
    return scan;
  });
}

/**
 * Finds every formula that calls an ASN function in the scope, with the cells its result spills
 * into. Each sheet's used range is read in chunks of rows. The number of syncs grows with the
 * size of the used range, one per chunk of the sheet reader, and not with the number of formulas.
 */
export async function findAddinFormulas(
  context: Excel.RequestContext,
  scope: SharingScope,
  supports: ApiCheck
): Promise<SharingScan> {
  if (!supports(SPILL_API_VERSION)) {
    throw new SharingError(
      `This version of Excel cannot report the cells a formula spills into (ExcelApi ` +
        `${SPILL_API_VERSION} is missing), so converting formulas could delete spilled results. ` +
        `Update Excel (Microsoft 365 Version 2008 or later, or Office 2021) and try again.`
    );
  }

  const sheets = await sheetsInScope(context, scope);
  const used = sheets.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject();
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return range;
  });
  await context.sync();

  const anchors: Anchor[] = [];
  for (let index = 0; index < sheets.length; index++) {
    if (!used[index].isNullObject) {
      anchors.push(...(await findAnchors(context, sheets[index], used[index])));
    }
  }

  const spills = anchors.map((anchor) => {
    const spill = anchor.sheet
      .getRangeByIndexes(anchor.row, anchor.column, 1, 1)
      .getSpillingToRangeOrNullObject();
    spill.load("rowIndex,columnIndex,values");
    return spill;
  });
  if (spills.length > 0) {
    await context.sync();
  }

  const targets: SharingTarget[] = anchors.map((anchor, index) => {
    const spill = spills[index];
    if (spill.isNullObject) {
      return {
        sheet: anchor.name,
        rowIndex: anchor.row,
        columnIndex: anchor.column,
        values: [[anchor.value]],
      };
    }
    return {
      sheet: anchor.name,
      rowIndex: spill.rowIndex,
      columnIndex: spill.columnIndex,
      values: spill.values,
    };
  });

  const cells = targets.reduce(
    (sum, target) => sum + target.values.length * target.values[0].length,
    0
  );
  return { formulas: anchors.length, cells, sheets: sheets.map((sheet) => sheet.name), targets };
}

/** A cell whose formula calls an ASN function, with the value it shows now. */
interface Anchor {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  readonly row: number;
  readonly column: number;
  readonly value: unknown;
}

/**
 * Reads a sheet's used range in chunks of rows and returns the cells with ASN formulas.
 * NOTE: a legacy array formula (Ctrl+Shift+Enter) over several cells reports its formula in each
 * cell. Each cell is then written on its own, and Excel rejects that as changing part of an array.
 */
async function findAnchors(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  used: Excel.Range
): Promise<Anchor[]> {
  const anchors: Anchor[] = [];
  await readInChunks(context, sheet, used, ["formulas", "values"], (chunk, top) => {
    const values = chunk.values;
    chunk.formulas.forEach((line, row) =>
      line.forEach((formula, column) => {
        if (callsAddinFunction(formula)) {
          anchors.push({
            sheet,
            name: sheet.name,
            row: used.rowIndex + top + row,
            column: used.columnIndex + column,
            value: values[row][column],
          });
        }
      })
    );
  });
  return anchors;
}

async function sheetsInScope(
  context: Excel.RequestContext,
  scope: SharingScope
): Promise<Excel.Worksheet[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  if (scope.kind === "workbook") {
    return worksheets.items;
  }
  const requestedName = scope.name.toLowerCase();
  const sheet = worksheets.items.find((item) => item.name.toLowerCase() === requestedName);
  if (!sheet) {
    throw new SharingError(
      `Sheet "${scope.name}" was not found in this workbook. Pick a sheet from the list or choose ` +
        `the whole workbook.`
    );
  }
  return [sheet];
}

/**
 * Writes each target's current values over its formula. Text that Excel would read as a formula,
 * number or date gets the text format first, so a value such as "08" or "=x" stays as it showed.
 */
async function replaceWithValues(context: Excel.RequestContext, scan: SharingScan): Promise<void> {
  const worksheets = context.workbook.worksheets;
  let queued = 0;
  for (const target of scan.targets) {
    const sheet = worksheets.getItem(target.sheet);
    target.values.forEach((line, row) =>
      line.forEach((value, column) => {
        if (needsTextFormat(value)) {
          const cell = sheet.getRangeByIndexes(
            target.rowIndex + row,
            target.columnIndex + column,
            1,
            1
          );
          cell.numberFormat = [["@"]];
        }
      })
    );
    const rowCount = target.values.length;
    const columnCount = target.values[0].length;
    const range = sheet.getRangeByIndexes(
      target.rowIndex,
      target.columnIndex,
      rowCount,
      columnCount
    );
    range.values = target.values;

    queued += 1 + rowCount * columnCount;
    if (queued >= WRITES_PER_SYNC) {
      // Thousands of separate formulas make thousands of range writes; a request of this many
      // stays under Excel on the web's size limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      queued = 0;
    }
  }
  await context.sync();
}

/** Names of the workbook's sheets, in tab order, for the scope choice. */
export async function listSheetNames(): Promise<string[]> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    return worksheets.items.map((sheet) => sheet.name);
  });
}
