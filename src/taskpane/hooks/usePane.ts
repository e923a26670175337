import { useMemo } from "react";
import { ReportInput } from "../../core/sheet/types";
import { NO_SHEET, SheetSource } from "../excel/sheetSource";
import { STRINGS } from "../i18n/strings";
import { useChoiceActions } from "./useChoiceActions";
import { useFilters } from "./useFilters";
import { useLanguage } from "./useLanguage";
import { useRowSelection } from "./useRowSelection";
import { useSheetChoices } from "./useSheetChoices";
import { useSheetRead } from "./useSheetRead";
import { useTalentMatrix } from "./useTalentMatrix";

/** All state of the pane: the sheet read, the user's choices, the matrix and the report input. */
export function usePane(source: SheetSource) {
  const { read, loading, error } = useSheetRead(source);
  const sheet = read?.sheet ?? NO_SHEET;
  const { language, setLanguage } = useLanguage(source);
  const strings = STRINGS[language];
  const { choices, setChoices, saveError } = useSheetChoices(source, sheet.sheetId);
  const choiceActions = useChoiceActions(choices, setChoices);
  const { filters, setFilter } = useFilters(sheet.sheetId);
  const matrix = useTalentMatrix(sheet, choices, filters);
  const { selectionMessage, selectRow } = useRowSelection(source, sheet, strings);

  const report = useMemo<ReportInput | null>(
    () =>
      read && matrix.grid.total + matrix.grid.leftOut.length > 0
        ? {
            sourceSheet: sheet.sheetName,
            date: new Date(),
            cutoffs: matrix.cutoffs,
            numbering: choices.numbering,
            language,
            grid: matrix.grid,
            filters,
          }
        : null,
    [read, sheet, matrix.grid, matrix.cutoffs, choices.numbering, language, filters]
  );

  return {
    source,
    sheet,
    read,
    hasSheet: read !== null && sheet.values.length > 0,
    loading,
    readError: error,
    syncCount: read?.syncCount ?? 0,
    language,
    setLanguage,
    strings,
    choices,
    ...choiceActions,
    saveError,
    filters,
    setFilter,
    selectionMessage,
    selectRow,
    report,
    ...matrix,
  };
}

export type PaneState = ReturnType<typeof usePane>;
