import { useCallback, useState } from "react";
import { SheetValues } from "../../core/sheet/types";
import { SheetSource } from "../excel/sheetSource";
import { PaneStrings } from "../i18n/strings";

/** The outcome of the last row selection, worded only when shown so it follows the language. */
interface SelectionOutcome {
  readonly rowNumber: number;
  readonly sheetName: string;
  /** The host's error message when the selection failed. */
  readonly error?: string;
}

/** Selects a person's row in the sheet and keeps a line saying which row, or why it failed. */
export function useRowSelection(source: SheetSource, sheet: SheetValues, strings: PaneStrings) {
  const [outcome, setOutcome] = useState<SelectionOutcome | null>(null);

  const selectRow = useCallback(
    (rowNumber: number) => {
      const sheetName = sheet.sheetName;
      source.selectRow(sheet, rowNumber).then(
        () => setOutcome({ rowNumber, sheetName }),
        (error: Error) => setOutcome({ rowNumber, sheetName, error: error.message })
      );
    },
    [source, sheet]
  );

  let message: string | null = null;
  if (outcome !== null) {
    message =
      outcome.error === undefined
        ? strings.selectedRow(outcome.rowNumber, outcome.sheetName)
        : strings.selectFailed(outcome.rowNumber, outcome.error);
  }
  return { selectionMessage: message, selectRow };
}
