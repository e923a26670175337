import { ColumnRole } from "../../core/sheet/types";
import { DEFAULT_CHOICES, SheetChoices } from "./sheetSource";

const KEY_PREFIX = "asnTalentBox.sheet.";

const ROLES: readonly ColumnRole[] = [
  "name",
  "nip",
  "agency",
  "position",
  "grade",
  "performance",
  "potential",
  "box",
];

/** The workbook setting name holding one sheet's choices. */
export function choicesKey(sheetId: string): string {
  return KEY_PREFIX + sheetId;
}

/**
 * Checks a stored value field by field and keeps only what is valid, because a workbook may carry
 * settings written by an older version or edited by hand.
 */
export function validChoices(stored: unknown): SheetChoices | null {
  if (typeof stored !== "object" || stored === null) {
    return null;
  }
  const record = stored as Record<string, unknown>;
  const columns: Partial<Record<ColumnRole, number>> = {};
  const storedColumns = (record.columns ?? {}) as Record<string, unknown>;
  for (const role of ROLES) {
    const column = storedColumns[role];
    if (typeof column === "number" && Number.isInteger(column) && column >= -1) {
      columns[role] = column;
    }
  }
  const storedCutoffs = (record.cutoffs ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  return {
    columns,
    cutoffs: {
      performance: text(storedCutoffs.performance),
      potential: text(storedCutoffs.potential),
    },
    numbering: record.numbering === "corporate" ? "corporate" : DEFAULT_CHOICES.numbering,
  };
}

/** Reads one sheet's choices from the workbook's add-in settings. */
export function loadWorkbookChoices(sheetId: string): SheetChoices | null {
  return validChoices(Office.context.document.settings.get(choicesKey(sheetId)));
}

/** Stores one sheet's choices in the workbook; they persist when the user saves the file. */
export function saveWorkbookChoices(sheetId: string, choices: SheetChoices): Promise<void> {
  const settings = Office.context.document.settings;
  settings.set(choicesKey(sheetId), choices);
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) {
        resolve();
      } else {
        reject(
          new Error(`Saving the pane's choices in the workbook failed: ${result.error.message}`)
        );
      }
    });
  });
}
