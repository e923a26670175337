import { SheetValues } from "../../core/sheet/types";
import { readActiveSheet } from "./readSheet";
import { SheetSource } from "./sheetSource";
import { loadWorkbookChoices, saveWorkbookChoices } from "./workbookSettings";

/** Selects a whole row of a sheet, activating the sheet first. */
async function selectRow(sheet: SheetValues, rowNumber: number): Promise<void> {
  await Excel.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet.sheetId);
    worksheet.activate();
    worksheet.getRange(`${rowNumber}:${rowNumber}`).select();
    await context.sync();
  });
}

/**
 * Registers for sheet activation (ExcelApi 1.7) and, where Excel supports it, for changes on any
 * sheet (ExcelApi 1.9). The caller debounces, because a paste raises many change events.
 */
async function subscribe(onChange: () => void): Promise<() => void> {
  const handler = async () => onChange();
  const registrations = await Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const results = [worksheets.onActivated.add(handler)];
    if (Office.context.requirements.isSetSupported("ExcelApi", "1.9")) {
      results.push(worksheets.onChanged.add(handler));
    }
    await context.sync();
    return results;
  });
  return () => {
    // Handlers are removed in the request context they were added in, shared by all of them.
    void Excel.run(registrations[0].context, async (context) => {
      for (const registration of registrations) {
        registration.remove();
      }
      await context.sync();
    });
  };
}

/** Creates the pane's sheet source inside Excel. Every Office.js call of the pane goes through here. */
export function createExcelSheetSource(): SheetSource {
  return {
    inExcel: true,
    displayLanguage: () => Office.context.displayLanguage ?? "",
    readActiveSheet,
    selectRow,
    subscribe,
    loadChoices: loadWorkbookChoices,
    saveChoices: saveWorkbookChoices,
  };
}
