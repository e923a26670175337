import { useCallback, useState } from "react";
import { SheetValues } from "../../core/sheet/types";
import { SheetSource } from "../excel/sheetSource";
import { PaneStrings } from "../i18n/strings";

/** Selects a person's row in the sheet and keeps a line saying which row, or why it failed. */
export function useRowSelection(source: SheetSource, sheet: SheetValues, strings: PaneStrings) {
  const [message, setMessage] = useState<string | null>(null);

  const selectRow = useCallback(
    (rowNumber: number) => {
      source.selectRow(sheet, rowNumber).then(
        () => setMessage(strings.selectedRow(rowNumber, sheet.sheetName)),
        (error: Error) => setMessage(strings.selectFailed(rowNumber, error.message))
      );
    },
    [source, sheet, strings]
  );

  return { selectionMessage: message, selectRow };
}
