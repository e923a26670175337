import { buildReportLayout } from "../../core/report/layout";
import { ReportChart } from "../../core/report/types";
import { ReportInput } from "../../core/sheet/types";
import { ApiCheck, officeApiCheck } from "./apiCheck";
import { CHART_API_VERSION, addChart } from "./reportChart";
import { uniqueSheetName } from "./reportSheetName";
import { CELLS_PER_SYNC, applyPageSetup, writeLayout } from "./reportWriter";

/** Requirement set of worksheet.pageLayout (orientation, zoom, print area) and page breaks. */
export const PAGE_LAYOUT_API_VERSION = "1.9";

/** Base name of the report sheet; copies get " (2)", " (3)" and so on. */
export const REPORT_SHEET_NAME = "9-Box";

/** Outcome of an insert, for the pane's message. */
export interface InsertReportResult {
  readonly sheetName: string;
  /** "scatter" or "column" when a chart was added, or "none" when no person was placed. */
  readonly chart: "scatter" | "column" | "none" | "unsupported";
  /** False when Excel is older than ExcelApi 1.9, so the print setup was left to the user. */
  readonly pageSetup: boolean;
}

/** Inserts the leadership 9-box sheet as a new worksheet in the open workbook. */
export async function insertReportSheet(
  input: ReportInput,
  supports: ApiCheck = officeApiCheck
): Promise<InsertReportResult> {
  return Excel.run((context) => writeReportSheet(context, input, supports));
}

/**
 * Adds a new worksheet with a name no sheet has yet and writes the report on it. No other sheet
 * or cell is read beyond the sheet names, or written. The new sheet is not activated, because the
 * pane redraws its matrix from whichever sheet is active.
 */
export async function writeReportSheet(
  context: Excel.RequestContext,
  input: ReportInput,
  supports: ApiCheck
): Promise<InsertReportResult> {
  const layout = buildReportLayout(input);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();

  const sheetName = uniqueSheetName(
    REPORT_SHEET_NAME,
    sheets.items.map((sheet) => sheet.name)
  );
  const sheet = sheets.add(sheetName);
  const queuedCells = await writeLayout(context, sheet, layout);

  const pageSetup = supports(PAGE_LAYOUT_API_VERSION);
  if (pageSetup) {
    applyPageSetup(sheet, layout.page);
  }

  let chart: InsertReportResult["chart"] = "none";
  if (layout.chart && !supports(CHART_API_VERSION)) {
    chart = "unsupported";
  } else if (layout.chart) {
    if (queuedCells + chartCells(layout.chart) >= CELLS_PER_SYNC) {
      await context.sync();
    }
    addChart(sheet, layout.chart);
    chart = layout.chart.kind;
  }

  await context.sync();
  return { sheetName, chart, pageSetup };
}

/** Cells of the chart's data: two per person for a scatter, two per box for a column chart. */
function chartCells(chart: ReportChart): number {
  return chart.kind === "scatter" ? 2 * chart.points.values.length : 2 * chart.counts.values.length;
}
