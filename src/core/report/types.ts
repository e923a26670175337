/**
 * A sheet described as plain data, so that the Office.js writer and the .xlsx writer produce the
 * same page. Rows and columns are 0-based; A1 is row 0, column 0.
 */

/** A cell value. Strings are always written as text, numbers as numbers; there are no formulas. */
export type ReportValue = string | number;

export interface CellRange {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** A rectangle of values written in one operation. */
export interface ValueBlock {
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly ReportValue[])[];
}

export type HorizontalAlignment = "left" | "center" | "right";
export type VerticalAlignment = "top" | "center";

/** Formatting applied to every cell of a range. */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points. */
  readonly fontSize?: number;
  /** Font colour as six hex digits, without "#". */
  readonly fontColor?: string;
  /** Background fill as six hex digits, without "#". */
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly horizontal?: HorizontalAlignment;
  readonly vertical?: VerticalAlignment;
  /** Thin border on the outside edges of the range. */
  readonly outline?: boolean;
  /** Number format for the number cells of the range; text cells always get "@". */
  readonly numberFormat?: string;
}

export interface StyledRange {
  readonly range: CellRange;
  readonly style: CellStyle;
}

/** Height of a run of rows, starting at row. */
export interface RowHeight {
  readonly row: number;
  readonly rowCount: number;
  /** Height in points. */
  readonly height: number;
}

/** Page margins in inches. */
export interface PageMargins {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly header: number;
  readonly footer: number;
}

export interface PageSetup {
  readonly orientation: "landscape";
  readonly paperSize: "A4";
  readonly margins: PageMargins;
  /** Pages across that the print area is scaled to fit. */
  readonly fitToWidth: number;
  /** Pages down that the print area is scaled to fit. 0 lets the rows run onto as many as needed. */
  readonly fitToHeight: number;
  readonly centerHorizontally: boolean;
  readonly printArea: CellRange;
  /** Rows (0-based) that start a new printed page, by a manual page break above them. */
  readonly pageBreakRows: readonly number[];
}

/**
 * Data for a native chart, written only by the Office.js writer because the .xlsx library cannot
 * create charts. "scatter" plots potential score (x) against performance score (y) with the
 * cut-offs as line series; "column" plots the count of each box.
 */
export type ReportChart = ScatterChart | ColumnChart;

export interface ScatterChart {
  readonly kind: "scatter";
  readonly title: string;
  readonly xAxisTitle: string;
  readonly yAxisTitle: string;
  /** Header row, then one row per person: potential score, performance score. */
  readonly points: ValueBlock;
  /** Cut-off lines, each a block of a header row and two points (x, y). */
  readonly cutoffLines: readonly ValueBlock[];
  /** Cell range the chart is drawn over. */
  readonly position: CellRange;
}

export interface ColumnChart {
  readonly kind: "column";
  readonly title: string;
  /** Header row, then one row per box: box label, count. */
  readonly counts: ValueBlock;
  readonly position: CellRange;
}

/** The whole leadership sheet. */
export interface ReportLayout {
  readonly blocks: readonly ValueBlock[];
  readonly merges: readonly CellRange[];
  /** Applied in order, so a later style adds to an earlier one on the same cells. */
  readonly styles: readonly StyledRange[];
  /** Width of each column from A, in characters of the default font. */
  readonly columnWidths: readonly number[];
  readonly rowHeights: readonly RowHeight[];
  readonly page: PageSetup;
  /** Null when no person was placed, so there is nothing to plot. */
  readonly chart: ReportChart | null;
  /** Row and column of each box's name cell, by government box number, for tests and readers. */
  readonly boxCells: Readonly<Record<number, { readonly row: number; readonly column: number }>>;
}
