import { Numbering } from "../../core/boxes";
import { ColumnRole, SheetValues } from "../../core/sheet/types";

/**
 * The choices a user makes for one sheet, saved with the workbook so that a colleague opening the
 * same file gets the same matrix. Column choices are 0-based sheet columns (A = 0), so they stay
 * right when rows above the data are added or removed.
 */
export interface SheetChoices {
  readonly columns: Partial<Record<ColumnRole, number>>;
  /** Cut-offs as typed, for example "60;80"; "" means the default. */
  readonly cutoffs: { readonly performance: string; readonly potential: string };
  readonly numbering: Numbering;
}

export const DEFAULT_CHOICES: SheetChoices = {
  columns: {},
  cutoffs: { performance: "", potential: "" },
  numbering: "permenpanrb",
};

/** Stand-in for the active sheet before any sheet is read: no id, no name, no values. */
export const NO_SHEET: SheetValues = {
  sheetId: "",
  sheetName: "",
  firstRow: 0,
  firstColumn: 0,
  values: [],
};

/** A sheet read, with the number of context.sync calls the read took (0 outside Excel). */
export interface SheetRead {
  readonly sheet: SheetValues;
  readonly syncCount: number;
}

/**
 * Everything the pane needs from where the data lives: Excel through Office.js, or a workbook
 * opened in the browser preview. Components get one of these and never call Office.js.
 */
export interface SheetSource {
  readonly inExcel: boolean;
  /** Office's display language ("id-ID", "en-US"), or the browser's outside Excel. */
  displayLanguage(): string;
  readActiveSheet(): Promise<SheetRead>;
  /** Selects a 1-based row of a sheet, so the user sees the person the pane points at. */
  selectRow(sheet: SheetValues, rowNumber: number): Promise<void>;
  /** Calls back when the active sheet or its data changes; returns a function that stops it. */
  subscribe(onChange: () => void): Promise<() => void>;
  loadChoices(sheetId: string): SheetChoices | null;
  saveChoices(sheetId: string, choices: SheetChoices): Promise<void>;
}
