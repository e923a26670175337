import { useCallback, useState } from "react";
import { FilterRole, Filters } from "../../core/sheet/filters";

/** The active filters, cleared whenever another sheet is shown. */
export function useFilters(sheetId: string) {
  const [state, setState] = useState<{ sheetId: string; filters: Filters }>({
    sheetId,
    filters: {},
  });
  const filters = state.sheetId === sheetId ? state.filters : {};

  const setFilter = useCallback(
    (role: FilterRole, value: string) => {
      setState((previous) => ({
        sheetId,
        filters: { ...(previous.sheetId === sheetId ? previous.filters : {}), [role]: value },
      }));
    },
    [sheetId]
  );

  return { filters, setFilter };
}
