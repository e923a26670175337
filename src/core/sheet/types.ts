import { Cutoffs } from "../cutoffs";
import { Language } from "../language";
import { Level } from "../levels";
import { Numbering } from "../boxes";
import { ProblemKind } from "../problems";
import type { Filters } from "./filters";

/** Content of a column of a staff sheet, recognised from its header. */
export type ColumnRole =
  "name" | "nip" | "agency" | "position" | "grade" | "performance" | "potential" | "box";

/** Positions of the header row and each recognised column, as 0-based offsets into the values read. */
export interface ColumnMapping {
  /** Offset of the header row, or -1 when the sheet has none and every row is data. */
  readonly headerRow: number;
  readonly columns: Partial<Record<ColumnRole, number>>;
}

/** One civil servant placed in a box. */
export interface Person {
  /** 1-based row number in the sheet, for selecting the row. */
  readonly rowNumber: number;
  readonly name: string;
  readonly nip: string;
  readonly agency: string;
  readonly position: string;
  readonly grade: string;
  readonly performance: Level;
  readonly potential: Level;
  /** The numeric scores behind the levels, when the sheet held numbers (for a scatter chart). */
  readonly performanceScore?: number;
  readonly potentialScore?: number;
  /** Box in the government (PermenPANRB) numbering; other numberings are only labels. */
  readonly box: number;
}

/** One cell that kept a row out of the matrix, so the pane can word the reason in its language. */
export interface LeftOutCell {
  readonly kind: ProblemKind;
  /** The column the cell is in: an axis, or the existing box column. */
  readonly axis: "performance" | "potential" | "box";
  /** The cell as the sheet shows it ("" for a blank cell). */
  readonly value: string;
}

/**
 * A cause in the whole row or in the column choice rather than in one score cell. The row has
 * neither a name nor a NIP, or it has a summary label such as "Rata-rata" and no NIP, or a score
 * column was never chosen.
 */
export type RowProblem =
  | { readonly kind: "noNameOrNip" }
  | { readonly kind: "summaryRow"; readonly label: string }
  | { readonly kind: "missingColumns"; readonly columns: readonly ("performance" | "potential")[] };

/** A row that contains data but could not be placed in a box. */
export interface LeftOutRow {
  readonly rowNumber: number;
  readonly name: string;
  /** Kind of the first problem; `reason` joins the English messages of all of them. */
  readonly kind: ProblemKind;
  readonly reason: string;
  /** Every cell behind the reason, in the order of `reason`. */
  readonly cells?: readonly LeftOutCell[];
  /** Set instead of `cells` when the cause is not a score cell. */
  readonly rowProblem?: RowProblem;
  /** Agency, position and grade as the row gives them, so filters apply to rows left out too. */
  readonly agency?: string;
  readonly position?: string;
  readonly grade?: string;
}

/** The people of one sheet sorted into the nine boxes. */
export interface TalentGrid {
  /** People per government box 1 to 9, each list sorted by name. */
  readonly boxes: Readonly<Record<number, readonly Person[]>>;
  readonly leftOut: readonly LeftOutRow[];
  /** Number of people placed in a box. */
  readonly total: number;
}

/** Everything the leadership 9-box sheet needs, whichever writer produces it. */
export interface ReportInput {
  readonly sourceSheet: string;
  readonly date: Date;
  readonly cutoffs: { readonly performance: Cutoffs; readonly potential: Cutoffs };
  readonly numbering: Numbering;
  readonly language: Language;
  readonly grid: TalentGrid;
  /** Filters the grid was built under, stated on the report; absent or empty when none is active. */
  readonly filters?: Filters;
}

/**
 * The values of a sheet's used range as Office.js returns them (numbers, text, booleans, error
 * values as text such as "#N/A", and "" for empty cells), with where the range starts.
 */
export interface SheetValues {
  /** Stable id of the worksheet, used to key the choices saved for it. */
  readonly sheetId: string;
  readonly sheetName: string;
  /** 0-based sheet row and column of values[0][0]. */
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly values: readonly (readonly unknown[])[];
}

/** Rows sharing one NIP. */
export interface DuplicateNip {
  readonly nip: string;
  readonly rowNumbers: readonly number[];
}

/** The people and problems found in a sheet's rows under a column mapping. */
export interface ParsedSheet {
  readonly people: readonly Person[];
  readonly leftOut: readonly LeftOutRow[];
  readonly duplicateNips: readonly DuplicateNip[];
  /** 1-based row numbers whose NIP cell contains a number instead of text. */
  readonly numericNipRows: readonly number[];
}
