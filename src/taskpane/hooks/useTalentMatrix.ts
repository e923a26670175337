import { useMemo } from "react";
import { Cutoffs, DEFAULT_CUTOFFS, readCutoffs } from "../../core/cutoffs";
import { isProblem } from "../../core/problems";
import {
  applyFilters,
  FILTER_ROLES,
  FilterRole,
  Filters,
  filterValues,
} from "../../core/sheet/filters";
import { gridOfSortedPeople, sortByName } from "../../core/sheet/grid";
import { detectHeaders, withColumnChoices } from "../../core/sheet/headers";
import { AxisCutoffs, parseSheet } from "../../core/sheet/parse";
import { ColumnRole, ParsedSheet, SheetValues } from "../../core/sheet/types";
import { SheetChoices } from "../excel/sheetSource";

/** Cut-offs read from the saved text; invalid text falls back to the default with its message. */
function cutoffsOf(text: string): { cutoffs: Cutoffs; problem?: string } {
  const cutoffs = readCutoffs(text);
  return isProblem(cutoffs) ? { cutoffs: DEFAULT_CUTOFFS, problem: cutoffs.message } : { cutoffs };
}

const NOBODY_PLACED: ParsedSheet = {
  people: [],
  leftOut: [],
  duplicateNips: [],
  numericNipRows: [],
};

/** Saved column choices are sheet columns; the parser works in offsets into the values read. */
function choicesAsOffsets(sheet: SheetValues, choices: SheetChoices) {
  const offsets: Partial<Record<ColumnRole, number>> = {};
  for (const [role, column] of Object.entries(choices.columns) as [ColumnRole, number][]) {
    offsets[role] = column === -1 ? -1 : column - sheet.firstColumn;
  }
  return offsets;
}

/**
 * Everything the matrix shows, computed from the values read: the columns detected (with the
 * user's choices over them), the people and rows left out, and the grid under the filters.
 */
export function useTalentMatrix(sheet: SheetValues, choices: SheetChoices, filters: Filters) {
  const detected = useMemo(() => detectHeaders(sheet.values), [sheet]);

  const detection = useMemo(
    () => withColumnChoices(detected, choicesAsOffsets(sheet, choices)),
    [detected, sheet, choices]
  );

  const cutoffText = choices.cutoffs;
  const axes = useMemo(() => {
    const performance = cutoffsOf(cutoffText.performance);
    const potential = cutoffsOf(cutoffText.potential);
    const cutoffs: AxisCutoffs = { performance: performance.cutoffs, potential: potential.cutoffs };
    return {
      cutoffs,
      problems: { performance: performance.problem, potential: potential.problem },
    };
  }, [cutoffText]);

  // While a required column is missing or two columns compete for one, no person is placed. The
  // warning above the pickers then states once what to pick, instead of one reason per row.
  const waitingForPick = detection.competing.length > 0 || detection.missing.length > 0;
  const parsed = useMemo(
    () => (waitingForPick ? NOBODY_PLACED : parseSheet(sheet, detection.mapping, axes.cutoffs)),
    [sheet, detection, axes, waitingForPick]
  );

  const filterOptions = useMemo(() => {
    const options: Partial<Record<FilterRole, string[]>> = {};
    for (const role of FILTER_ROLES) {
      if (detection.mapping.columns[role] !== undefined) {
        options[role] = filterValues(parsed.people, parsed.leftOut, role);
      }
    }
    return options;
  }, [parsed, detection]);

  // Sorted once per parse, so a filter change only filters and regroups the people.
  const sortedPeople = useMemo(() => sortByName(parsed.people), [parsed]);

  const grid = useMemo(
    () =>
      gridOfSortedPeople(
        applyFilters(sortedPeople, filters),
        applyFilters(parsed.leftOut, filters)
      ),
    [sortedPeople, parsed, filters]
  );

  return {
    detection,
    waitingForPick,
    parsed,
    grid,
    filterOptions,
    cutoffs: axes.cutoffs,
    cutoffProblems: axes.problems,
  };
}
