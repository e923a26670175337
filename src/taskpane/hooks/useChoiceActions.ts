import { useCallback } from "react";
import { Numbering } from "../../core/boxes";
import { ColumnRole } from "../../core/sheet/types";
import { SheetChoices } from "../excel/sheetSource";

/** The edits a user can make to a sheet's saved choices. */
export function useChoiceActions(choices: SheetChoices, setChoices: (next: SheetChoices) => void) {
  const pickColumn = useCallback(
    (role: ColumnRole, sheetColumn: number) =>
      setChoices({ ...choices, columns: { ...choices.columns, [role]: sheetColumn } }),
    [choices, setChoices]
  );

  const setCutoffText = useCallback(
    (axis: "performance" | "potential", text: string) =>
      setChoices({ ...choices, cutoffs: { ...choices.cutoffs, [axis]: text } }),
    [choices, setChoices]
  );

  const setNumbering = useCallback(
    (numbering: Numbering) => setChoices({ ...choices, numbering }),
    [choices, setChoices]
  );

  return { pickColumn, setCutoffText, setNumbering };
}
