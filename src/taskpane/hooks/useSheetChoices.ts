import { useCallback, useState } from "react";
import { DEFAULT_CHOICES, SheetChoices, SheetSource } from "../excel/sheetSource";

interface ChoicesState {
  readonly sheetId: string;
  readonly choices: SheetChoices;
}

/**
 * The column choices, cut-offs and numbering of the sheet on show, loaded from where the source
 * keeps them (the workbook, inside Excel) and saved there on every change.
 */
export function useSheetChoices(source: SheetSource, sheetId: string) {
  const [state, setState] = useState<ChoicesState | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  const choices =
    state && state.sheetId === sheetId
      ? state.choices
      : (source.loadChoices(sheetId) ?? DEFAULT_CHOICES);

  const setChoices = useCallback(
    (next: SheetChoices) => {
      setState({ sheetId, choices: next });
      source.saveChoices(sheetId, next).then(
        () => setSaveError(null),
        (error: Error) => setSaveError(error.message)
      );
    },
    [source, sheetId]
  );

  return { choices, setChoices, saveError };
}
