/* global navigator */
import { SheetValues } from "../../core/sheet/types";
import { NO_SHEET, SheetChoices, SheetRead, SheetSource } from "../excel/sheetSource";
import { readWorkbookFile } from "./workbookValues";

/**
 * The pane's sheet source in a plain browser, where Office reports no host: a workbook opened with
 * exceljs replaces the active sheet. Choices last until the page is closed, and selecting a
 * row only reports which row it was.
 */
export class PreviewSheetSource implements SheetSource {
  readonly inExcel = false;
  private sheet: SheetValues = NO_SHEET;
  private readonly listeners = new Set<() => void>();
  private readonly choices = new Map<string, SheetChoices>();

  displayLanguage(): string {
    return typeof navigator === "undefined" ? "" : navigator.language;
  }

  async readActiveSheet(): Promise<SheetRead> {
    return { sheet: this.sheet, syncCount: 0 };
  }

  async selectRow(): Promise<void> {
    // Nothing to select outside Excel; the pane still reports the row.
  }

  async subscribe(onChange: () => void): Promise<() => void> {
    this.listeners.add(onChange);
    return () => this.listeners.delete(onChange);
  }

  loadChoices(sheetId: string): SheetChoices | null {
    return this.choices.get(sheetId) ?? null;
  }

  async saveChoices(sheetId: string, choices: SheetChoices): Promise<void> {
    this.choices.set(sheetId, choices);
  }

  /** Opens an .xlsx file's active sheet and notifies subscribers to read it. */
  async open(data: ArrayBuffer, fileName: string): Promise<void> {
    this.sheet = await readWorkbookFile(data, fileName);
    for (const listener of this.listeners) {
      listener();
    }
  }
}
